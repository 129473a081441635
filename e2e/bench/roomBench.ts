import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { installChildCleanup, killTrackedChildren } from '../../sync-server/bench/childProcesses.ts';
import { createRelayTarget } from '../../sync-server/bench/relayTargets.ts';
import { chromiumLaunchOptions } from '../fixtures/chromiumLaunch.ts';
import { repoRoot } from '../fixtures/startRelayProcess.ts';
import type { RoomScreenName } from './RoomScreen.ts';
import { runRoomScenario, type ScenarioResult, type ScreenResult } from './runRoomScenario.ts';

/**
 * npm run bench:room — 300 participants (real Node clients: sync-client + model, over a loopback relay) answer
 * over 60 s, then 100 of them edit their answers, 10 edits a second in all, for 20 s, while Chromium runs the
 * phone (390×844, CPU 4× slower; it answers first, then types 40 characters during the burst), the facilitator's
 * tablet (1024×768, 2×) and the projector (1920×1080). `--mode alone` runs each screen in a session of its own,
 * `together` all three in one, `both` (default) both. Shorter runs: --participants --answer-seconds --editors
 * --edit-rate --edit-seconds. `--before FILE`: a previous run's last line, printed beside this one; `--shots DIR`: screenshots at the end; `--dist DIR`: another build of the app to serve (an earlier commit's); `--trace DIR`: a Chromium trace of the first screen of each run while
 * answers and edits come (read it with longTaskReport.ts). Last line JSON.
 */
const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '300' },
    'answer-seconds': { type: 'string', default: '60' },
    editors: { type: 'string', default: '100' },
    'edit-rate': { type: 'string', default: '10' },
    'edit-seconds': { type: 'string', default: '20' },
    workers: { type: 'string', default: '2' },
    mode: { type: 'string', default: 'both' },
    screens: { type: 'string', default: 'phone,tablet,projector' },
    before: { type: 'string' },
    shots: { type: 'string' },
    dist: { type: 'string' },
    profile: { type: 'boolean', default: false },
    trace: { type: 'string' },
  },
});
const options = {
  participants: Number(values.participants),
  answerSeconds: Number(values['answer-seconds']),
  editors: Number(values.editors),
  editRate: Number(values['edit-rate']),
  editSeconds: Number(values['edit-seconds']),
  workers: Number(values.workers),
  workerScript: fileURLToPath(new URL('./roomWorker.ts', import.meta.url)),
  repoRoot,
  shots: values.shots,
  profile: values.profile,
  trace: values.trace,
};
const screens = values.screens.split(',') as RoomScreenName[];
const round = (value: number, digits = 0) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
const nearestRank = (values: readonly number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN
  );
};

function describe(screen: ScreenResult): string[] {
  const lines = [
    `    ${screen.name}: long tasks ${screen.longTasks.count} (${screen.longTasks.totalMs.toFixed(0)} ms in all, ` +
      `longest ${screen.longTasks.longestMs.toFixed(0)} ms); main thread per answer ` +
      `${screen.updateMsFirst.toFixed(1)} ms (first 100) / ${screen.updateMsLast.toFixed(1)} ms (last 100), above an idle ` +
      `${screen.idleMsPerSecond.toFixed(0)} ms/s`,
    `      everything shown ${screen.convergeMs.toFixed(0)} ms after the last update; heap after GC ` +
      `${screen.heapMb.toFixed(1)} MB; ${screen.domNodes} DOM elements`,
  ];
  if (screen.longTaskList.length > 0) {
    lines.push(
      `      long tasks (s after the first answer: ms): ${screen.longTaskList
        .map(([at, ms]) => `${at.toFixed(1)}: ${ms.toFixed(0)}`)
        .join(', ')}`,
    );
  }
  if (screen.keysMs.length > 0) {
    lines.push(
      `      keystroke to frame (${screen.keysMs.length} keys during the burst): p50 ` +
        `${nearestRank(screen.keysMs, 0.5).toFixed(0)} ms, p95 ${nearestRank(screen.keysMs, 0.95).toFixed(0)} ms`,
    );
  }
  return lines;
}

installChildCleanup();
const loadAtStart = loadavg();
const target = createRelayTarget('ours', repoRoot, {
  staticDir: values.dist ?? join(repoRoot, 'apps/web/dist'),
});
const server = await target.start();
const relayUrl = `http://127.0.0.1:${server.port}`;
const deadline = setTimeout(() => {
  process.stderr.write('bench: deadline of 20 minutes passed, stopping\n');
  killTrackedChildren();
  target.cleanup();
  process.exit(3);
}, 20 * 60_000);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const alone: ScenarioResult[] = [];
  let together: ScenarioResult | null = null;
  const run = async (names: RoomScreenName[]) => {
    const result = await runRoomScenario(browser, relayUrl, names, options);
    process.stderr.write(`${result.screens.flatMap(describe).join('\n')}\n  lost ${result.lost}\n`);
    return result;
  };
  if (values.mode !== 'together') for (const name of screens) alone.push(await run([name]));
  if (values.mode !== 'alone') {
    try {
      together = await run(screens);
    } catch (error) {
      process.stderr.write(`bench: the run with every screen together failed: ${String(error)}\n`);
    }
  }
  const loadAtEnd = loadavg();
  const pick = (results: ScenarioResult[], name: RoomScreenName) =>
    results.flatMap((result) => result.screens).find((screen) => screen.name === name);
  const main = alone.length > 0 ? alone : together ? [together] : [];
  const phone = pick(main, 'phone');
  const tablet = pick(main, 'tablet');
  const all = [...alone, ...(together ? [together] : [])];
  const summary: Record<string, unknown> = {
    phone_keystroke_p95_ms: round(nearestRank(phone?.keysMs ?? [], 0.95)),
    phone_longest_task_ms: round(phone?.longTasks.longestMs ?? Number.NaN),
    phone_update_ms_first100: round(phone?.updateMsFirst ?? Number.NaN, 1),
    phone_update_ms_last100: round(phone?.updateMsLast ?? Number.NaN, 1),
    tablet_longest_task_ms: round(tablet?.longTasks.longestMs ?? Number.NaN),
    converge_ms: round(
      Math.max(...main.flatMap((result) => result.screens.map((screen) => screen.convergeMs))),
    ),
    lost: all.reduce((sum, result) => sum + result.lost, 0),
    phone_keystroke_p50_ms: round(nearestRank(phone?.keysMs ?? [], 0.5)),
    tablet_update_ms_first100: round(tablet?.updateMsFirst ?? Number.NaN, 1),
    tablet_update_ms_last100: round(tablet?.updateMsLast ?? Number.NaN, 1),
    projector_longest_task_ms: round(pick(main, 'projector')?.longTasks.longestMs ?? Number.NaN),
    together_phone_keystroke_p95_ms: together
      ? round(nearestRank(pick([together], 'phone')?.keysMs ?? [], 0.95))
      : null,
    together_longest_task_ms: together
      ? round(Math.max(...together.screens.map((screen) => screen.longTasks.longestMs)))
      : null,
    load_average: [loadAtStart[0], loadAtEnd[0]].map((load) => round(load ?? Number.NaN, 2)),
  };
  const lines = [
    `Room benchmark: ${options.participants} participants answer over ${options.answerSeconds} s, then ` +
      `${options.editors} of them edit (${options.editRate} edits/s in all) for ${options.editSeconds} s; loopback relay, ` +
      `${options.workers} worker processes; phone 390×844 CPU 4×, tablet 1024×768 CPU 2×, projector 1920×1080`,
  ];
  if (alone.length > 0)
    lines.push('  each screen alone:', ...alone.flatMap((result) => result.screens.flatMap(describe)));
  if (together) lines.push('  all screens together:', ...together.screens.flatMap(describe));
  lines.push(
    `  lost: ${summary.lost}; load average (1 min) start/end: ${(summary.load_average as number[]).join('/')}`,
  );
  if (values.before) {
    const before = JSON.parse(readFileSync(values.before, 'utf8').trim().split('\n').pop() ?? '{}');
    lines.push('  figure                            before          after');
    for (const [key, value] of Object.entries(summary)) {
      lines.push(
        `  ${key.padEnd(34)}${String(JSON.stringify(before[key] ?? null)).padEnd(16)}${JSON.stringify(value)}`,
      );
    }
  }
  console.log(lines.join('\n'));
  console.log(JSON.stringify(summary));
} finally {
  clearTimeout(deadline);
  await browser.close();
  await server.stop();
  target.cleanup();
}
