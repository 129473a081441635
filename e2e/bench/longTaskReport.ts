import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../fixtures/startRelayProcess.ts';

/**
 * node --import tsx e2e/bench/longTaskReport.ts TRACE.json [--min 50] [--dist apps/web/dist] — the long tasks of a
 * Chromium trace (`npm run bench:room -- --trace DIR`) on the page's main thread, each with what ran in it (timers,
 * frames, events, script, layout, GC) and the functions its JavaScript samples were in, mapped to the app's sources
 * through the build's source maps. `--window 10-40`: one summary of everything between 10 and 40 s instead.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    min: { type: 'string', default: '50' },
    dist: { type: 'string', default: join(repoRoot, 'apps/web/dist') },
    top: { type: 'string', default: '8' },
    /** `FROM-TO` seconds after the first task: one summary of every task in that window instead. */
    window: { type: 'string' },
  },
});

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string } };
}
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

const raw = JSON.parse(readFileSync(positionals[0] ?? '', 'utf8')) as
  | TraceEvent[]
  | { traceEvents: TraceEvent[] };
const events = Array.isArray(raw) ? raw : raw.traceEvents;
const minUs = Number(values.min) * 1000;

const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
const isTask = (event: TraceEvent) =>
  event.ph === 'X' && (event.name === 'RunTask' || event.name.endsWith('::RunTask'));
const busiest = mains
  .map((thread) => ({
    thread,
    busy: events
      .filter((event) => event.pid === thread.pid && event.tid === thread.tid && isTask(event))
      .reduce((sum, event) => sum + (event.dur ?? 0), 0),
  }))
  .sort((a, b) => b.busy - a.busy)[0]?.thread;
if (!busiest) throw new Error('no renderer main thread in this trace');
const onMain = events.filter(
  (event) => event.pid === busiest.pid && event.tid === busiest.tid && event.ph === 'X',
);
const tasks = onMain.filter(isTask).sort((a, b) => a.ts - b.ts);
const firstTs = tasks[0]?.ts ?? 0;

const maps = new Map<string, SourceMap | null>();
const mapOf = (url: string) => {
  const file = basename(new URL(url, 'http://x/').pathname);
  if (!maps.has(file)) {
    const path = join(values.dist, 'assets', `${file}.map`);
    maps.set(file, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(file) ?? null;
};
const labels = new Map<string, string>();
const labelOf = (frame: CallFrame): string => {
  const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
  let label = labels.get(key);
  if (label !== undefined) return label;
  label = frame.functionName || '(anonymous)';
  if (frame.url) {
    const entry = mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as
      | { originalSource?: string; originalLine?: number; name?: string }
      | undefined;
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
      label = `${entry.name ?? frame.functionName ?? '(anonymous)'} ${source}:${(entry.originalLine ?? 0) + 1}`;
    } else label = `${label} ${basename(frame.url)}:${frame.lineNumber + 1}`;
  }
  labels.set(key, label);
  return label;
};

// JavaScript samples of the renderer (the V8 profiler's chunks carry their nodes and the time between samples).
const nodes = new Map<string, ProfileNode>();
const samples: Array<{ ts: number; node: string }> = [];
const clocks = new Map<string, number>();
for (const event of events) {
  if (event.pid !== busiest.pid) continue;
  const data = event.args?.data as
    | {
        startTime?: number;
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      }
    | undefined;
  if (event.name === 'Profile' && data?.startTime !== undefined) clocks.set(event.id ?? '', data.startTime);
  if (event.name !== 'ProfileChunk' || !data) continue;
  const id = event.id ?? '';
  for (const node of data.cpuProfile?.nodes ?? []) nodes.set(`${id}:${node.id}`, node);
  let clock = clocks.get(id) ?? 0;
  (data.cpuProfile?.samples ?? []).forEach((sample, index) => {
    clock += data.timeDeltas?.[index] ?? 0;
    samples.push({ ts: clock, node: `${id}:${sample}` });
  });
  clocks.set(id, clock);
}
samples.sort((a, b) => a.ts - b.ts);

const describeEvent = (event: TraceEvent) => {
  const data = event.args?.data ?? {};
  const detail =
    (data.type as string | undefined) ??
    (data.functionName as string | undefined) ??
    (data.url ? basename(String(data.url)) : undefined);
  return detail ? `${event.name}(${detail})` : event.name;
};
const topOf = (counts: Map<string, number>, count: number) =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([label, ms]) => `${ms.toFixed(0).padStart(5)} ms  ${label}`);

const [windowFrom, windowTo] = (values.window ?? '')
  .split('-')
  .map((seconds) => firstTs + Number(seconds) * 1e6);
const long =
  windowFrom !== undefined && windowTo !== undefined
    ? [
        {
          name: 'window',
          ph: 'X',
          pid: busiest.pid,
          tid: busiest.tid,
          ts: windowFrom,
          dur: windowTo - windowFrom,
        },
      ]
    : tasks.filter((task) => (task.dur ?? 0) >= minUs);
console.log(
  `${long.length} tasks of ${values.min} ms or more on the main thread (of ${tasks.length}); ` +
    `longest ${(Math.max(0, ...long.map((task) => task.dur ?? 0)) / 1000).toFixed(0)} ms`,
);
for (const task of long) {
  const end = task.ts + (task.dur ?? 0);
  const inside = onMain.filter(
    (event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end,
  );
  const parts = new Map<string, number>();
  let reach = 0;
  for (const event of inside.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (event.ts < reach) continue;
    reach = event.ts + (event.dur ?? 0);
    const label = describeEvent(event);
    parts.set(label, (parts.get(label) ?? 0) + (event.dur ?? 0) / 1000);
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let previous = task.ts;
  for (const sample of samples) {
    if (sample.ts < task.ts) continue;
    if (sample.ts > end) break;
    const ms = (sample.ts - previous) / 1000;
    previous = sample.ts;
    let node = nodes.get(sample.node);
    if (!node) continue;
    const selfLabel = labelOf(node.callFrame);
    self.set(selfLabel, (self.get(selfLabel) ?? 0) + ms);
    const seen = new Set<string>();
    while (node) {
      const label = labelOf(node.callFrame);
      if (!seen.has(label) && node.callFrame.url) {
        seen.add(label);
        inclusive.set(label, (inclusive.get(label) ?? 0) + ms);
      }
      node = node.parent === undefined ? undefined : nodes.get(`${sample.node.split(':')[0]}:${node.parent}`);
    }
  }
  const top = Number(values.top);
  console.log(
    `\n${((task.ts - firstTs) / 1e6).toFixed(2)} s: ${((task.dur ?? 0) / 1000).toFixed(0)} ms\n` +
      `  in it: ${topOf(parts, top).join(' | ')}\n` +
      `  self:\n    ${topOf(self, top).join('\n    ')}\n` +
      `  including callees (script frames):\n    ${topOf(inclusive, top + 4).join('\n    ')}`,
  );
}
