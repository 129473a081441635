import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../fixtures/chromiumLaunch.ts';
import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import { startCreation } from '../fixtures/startCreation.ts';
import { startRelayProcess } from '../fixtures/startRelayProcess.ts';

/**
 * Step 4 in Chromium with a 4x CPU slowdown and a loopback relay: how long a keystroke takes to reach the screen
 * of the member who typed it, and the screen of another member of the group. Prints the editor chunk's gzipped
 * size; the last line is JSON.
 */
const CPU_SLOWDOWN = Number(process.argv[process.argv.indexOf('--cpu') + 1]) || 4;
const WARMUP = 10;
const keystrokes = Number(process.argv[process.argv.indexOf('--keystrokes') + 1]) || 150;
const assets = fileURLToPath(new URL('../../apps/web/dist/assets/', import.meta.url));

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** The editor's own chunk (vite.config.ts names it `editor-[hash].js`), and its gzipped size. */
function editorChunk(): { file: string; gzipKb: number } {
  const file = readdirSync(assets).find((name) => /^editor-[\w-]+\.js$/.test(name));
  if (!file) throw new Error('No editor chunk in apps/web/dist/assets: run vite build first.');
  return { file, gzipKb: gzipSync(readFileSync(`${assets}${file}`)).length / 1024 };
}

interface Probe {
  /** The keydown's own time stamp (when the browser took the key). */
  typedAt: number[];
  /** When the page's main thread ran the keydown: the gap from typedAt is input delay (a busy thread). */
  handledAt: number[];
  /** The start of the frame that draws the character (requestAnimationFrame). */
  frameAt: number[];
  ownAt: number[];
  seenAt: number[];
  /** The browser's own measure (Event Timing, as for INP): per key interaction, from the key to the next paint. */
  interactions: Record<string, number>;
}

/**
 * Records, in wall-clock ms shared by every page of this machine, each keydown and each frame after the text grew.
 * Plain source text: tsx would wrap named functions in a helper the page does not have.
 */
const probeSource = (role: 'writer' | 'reader') => `(() => {
  const field = document.querySelector('[role="textbox"][aria-label="Problem"]');
  if (!field) throw new Error('no Problem field');
  window.probe?.stop();
  const probe = { typedAt: [], handledAt: [], frameAt: [], ownAt: [], seenAt: [], interactions: {} };
  window.probe = probe;
  const timing = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId || !entry.name.startsWith('key')) continue;
      probe.interactions[entry.interactionId] = Math.max(probe.interactions[entry.interactionId] ?? 0, entry.duration);
    }
  });
  // 16 ms is the smallest threshold the browser allows: a key missing from the entries took less.
  timing.observe({ type: 'event', durationThreshold: 16 });
  // The text only: a caret's name label is inside the field's DOM too.
  const textLength = () =>
    field.textContent.length -
    [...field.querySelectorAll('.collaboration-carets__caret')].reduce((sum, caret) => sum + caret.textContent.length, 0);
  let length = textLength();
  const onKeydown = (event) => {
    probe.typedAt.push(performance.timeOrigin + event.timeStamp);
    probe.handledAt.push(performance.timeOrigin + performance.now());
  };
  if (${JSON.stringify(role)} === 'writer') field.addEventListener('keydown', onKeydown, true);
  const observer = new MutationObserver(() => {
    const next = textLength();
    if (next <= length) return;
    const grown = next - length;
    length = next;
    // rAF runs before the frame's style, layout and paint; the message posted from it is handled once that
    // frame has been rendered, so the time read there includes the paint of the new character.
    requestAnimationFrame(() => {
      if (${JSON.stringify(role)} === 'writer') {
        const frame = performance.timeOrigin + performance.now();
        for (let index = 0; index < grown; index++) probe.frameAt.push(frame);
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const at = performance.timeOrigin + performance.now();
        const list = ${JSON.stringify(role)} === 'writer' ? probe.ownAt : probe.seenAt;
        for (let index = 0; index < grown; index++) list.push(at);
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(field, { childList: true, subtree: true, characterData: true });
  probe.stop = () => {
    timing.disconnect();
    observer.disconnect();
    field.removeEventListener('keydown', onKeydown, true);
  };
})()`;

/** Types the benchmark's keystrokes into the page's Problem field, at a fast typist's pace. */
async function typeKeystrokes(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Problem', exact: true }).click();
  const text = 'the quick brown fox jumps over the lazy dog ';
  for (let index = 0; index < keystrokes + WARMUP; index++) {
    const character = text[index % text.length] ?? 'a';
    await page.keyboard.press(character === ' ' ? 'Space' : character);
    await page.waitForTimeout(60);
  }
}

const throttleSessions = new WeakMap<Page, CDPSession>();

/**
 * Slows the page's main thread down by `rate`. Chromium does it on Linux by making the thread spin for
 * (rate - 1) times every slice it ran, idle or not: a page at 4x burns three quarters of a core. Only the device
 * under test is slowed down, as on a real network where every device has its own processor; two pages at 4x
 * would take 1.5 of this machine's 2 cores from everything else (the other page, the browser, the relay).
 */
async function throttle(page: Page, rate = CPU_SLOWDOWN): Promise<void> {
  let cdp = throttleSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    throttleSessions.set(page, cdp);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

type Metrics = Record<string, number>;
const metricSessions = new WeakMap<Page, CDPSession>();

/** Chromium's counters for the page's main thread (layouts, style recalculations, script time). */
async function mainThreadMetrics(page: Page): Promise<Metrics> {
  // One session per page: enabling the domain again would start the counters over.
  let cdp = metricSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    metricSessions.set(page, cdp);
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

function perKeystroke(before: Metrics, after: Metrics, count: number) {
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) / count;
  return {
    layouts: Math.round(delta('LayoutCount') * 100) / 100,
    style_recalcs: Math.round(delta('RecalcStyleCount') * 100) / 100,
    script_ms: Math.round(delta('ScriptDuration') * 10_000) / 10,
    task_ms: Math.round(delta('TaskDuration') * 10_000) / 10,
  };
}

/**
 * The floor of this machine at this moment: the same keystrokes, probe and slowdown in a bare contenteditable
 * with no script at all. Nothing an editor does can be faster; the app's figures are read against it.
 */
async function measureFloor(
  browser: Browser,
): Promise<{ stages: Stages; eventTiming: number[]; work: ReturnType<typeof perKeystroke> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.setContent(
    '<div role="textbox" aria-label="Problem" contenteditable style="min-height:12em;font:16px sans-serif"></div>',
  );
  await throttle(page);
  await page.evaluate(probeSource('writer'));
  const before = await mainThreadMetrics(page);
  await typeKeystrokes(page);
  const total = keystrokes + WARMUP;
  await page.waitForFunction(
    (count) => (window as unknown as { probe: Probe }).probe.ownAt.length >= count,
    total,
  );
  const work = perKeystroke(before, await mainThreadMetrics(page), total);
  const probe = await page.evaluate(() => (window as unknown as { probe: Probe }).probe);
  await context.close();
  return { stages: ownStages(probe), eventTiming: eventTimings(probe), work };
}

/** A keystroke on its own screen, whole and by stage: each array holds one value per measured keystroke. */
interface Stages {
  total: number[];
  /** From the key's time stamp to the page's keydown handler: the main thread was busy with earlier work. */
  inputDelay: number[];
  /** From the keydown handler to the start of the frame that draws the character (the editor's work). */
  toFrame: number[];
  /** From the start of that frame to its end (style, layout, paint). */
  frame: number[];
}

/**
 * Each keystroke's time to the screen as the browser itself measures it (Event Timing: from the key's time stamp
 * to the presentation of the next frame after its handlers, in steps of 8 ms). Keys it did not report took less
 * than 16 ms and count as 16.
 */
function eventTimings(probe: Probe): number[] {
  const reported = Object.values(probe.interactions);
  const missing = Math.max(0, probe.typedAt.length - reported.length);
  return [...reported, ...Array.from({ length: missing }, () => 16)];
}

function ownStages(probe: Probe): Stages {
  const stages: Stages = { total: [], inputDelay: [], toFrame: [], frame: [] };
  for (let index = WARMUP; index < probe.typedAt.length; index++) {
    const typed = probe.typedAt[index];
    const handled = probe.handledAt[index];
    const frame = probe.frameAt[index];
    const shown = probe.ownAt[index];
    if (typed === undefined || handled === undefined || frame === undefined || shown === undefined) continue;
    stages.total.push(shown - typed);
    stages.inputDelay.push(handled - typed);
    stages.toFrame.push(frame - handled);
    stages.frame.push(shown - frame);
  }
  return stages;
}

const p50p95 = (values: readonly number[]) =>
  `${Math.round(percentile(values, 50))}/${Math.round(percentile(values, 95))}`;

/** One line: the whole keystroke and its stages, p50/p95 each. */
const describeStages = (stages: Stages) =>
  `p50/p95 ${p50p95(stages.total)} ms = input delay ${p50p95(stages.inputDelay)} + editor to frame ${p50p95(stages.toFrame)} + frame ${p50p95(stages.frame)}`;

async function openMember(browser: Browser, relayUrl: string, code: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${relayUrl}/j/${code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByText(`Welcome, ${name}`).waitFor();
  return page;
}

const relay = await startRelayProcess();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  // First, alone in the browser: the floor is this machine's, not that of the app's pages running beside it.
  const floor = await measureFloor(browser);
  const session = await relay.createSession('Create benchmark');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  const writer = await openMember(browser, relay.url, session.code, 'Writer');
  const reader = await openMember(browser, relay.url, session.code, 'Reader');
  await startCreation(facilitator, [['Writer', 'Reader']]);
  for (const page of [writer, reader]) {
    await page.getByRole('textbox', { name: 'Problem', exact: true }).waitFor();
    await page.getByTestId('production-status').getByText('Saved on the server').waitFor();
  }
  const total = keystrokes + WARMUP;
  /** The writer types; `slow` is the device under test, the only one slowed down. */
  const typeWithSlow = async (slow: Page) => {
    await throttle(writer, slow === writer ? CPU_SLOWDOWN : 1);
    await throttle(reader, slow === reader ? CPU_SLOWDOWN : 1);
    await writer.evaluate(probeSource('writer'));
    await reader.evaluate(probeSource('reader'));
    const before = await mainThreadMetrics(writer);
    await typeKeystrokes(writer);
    await writer.waitForFunction(
      (count) => (window as unknown as { probe: Probe }).probe.ownAt.length >= count,
      total,
    );
    const work = perKeystroke(before, await mainThreadMetrics(writer), total);
    await reader.waitForFunction(
      (count) => (window as unknown as { probe: Probe }).probe.seenAt.length >= count,
      total,
      { timeout: 60_000 },
    );
    const written = await writer.evaluate(() => (window as unknown as { probe: Probe }).probe);
    const read = await reader.evaluate(() => (window as unknown as { probe: Probe }).probe);
    const peer: number[] = [];
    for (let index = WARMUP; index < total; index++) {
      const typed = written.typedAt[index];
      const seen = read.seenAt[index];
      if (typed !== undefined && seen !== undefined) peer.push(seen - typed);
    }
    return { own: ownStages(written), eventTiming: eventTimings(written), peer, work };
  };
  // The member's own screen, on a slow device; then another member's screen, on a slow device.
  const ownRun = await typeWithSlow(writer);
  const peerRun = await typeWithSlow(reader);
  const ownByStage = ownRun.own;
  const own = ownByStage.total;
  const peer = peerRun.peer;
  const work = ownRun.work;
  const ownEventTiming = ownRun.eventTiming;
  const chunk = editorChunk();
  const summary = {
    own_p50_ms: Math.round(percentile(ownEventTiming, 50)),
    own_p95_ms: Math.round(percentile(ownEventTiming, 95)),
    own_probe_p50_ms: Math.round(percentile(own, 50)),
    own_probe_p95_ms: Math.round(percentile(own, 95)),
    peer_p50_ms: Math.round(percentile(peer, 50)),
    peer_p95_ms: Math.round(percentile(peer, 95)),
    floor_p50_ms: Math.round(percentile(floor.stages.total, 50)),
    floor_p95_ms: Math.round(percentile(floor.stages.total, 95)),
    floor_event_timing_p95_ms: Math.round(percentile(floor.eventTiming, 95)),
    per_keystroke: work,
    keystrokes: own.length,
    cpu_slowdown: CPU_SLOWDOWN,
    relay: 'loopback',
    editor_chunk: chunk.file,
    editor_chunk_gz_kb: Math.round(chunk.gzipKb * 10) / 10,
    load_1min: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
  process.stdout.write(
    `${own.length} keystrokes at ${CPU_SLOWDOWN}x CPU slowdown: own screen p50 ${summary.own_p50_ms} ms, p95 ${summary.own_p95_ms} ms (target 50; ` +
      `the browser's Event Timing, as for INP: key to the presentation of the frame after it, 8 ms steps, under 16 counted as 16); ` +
      `another member's screen (that member's device at ${CPU_SLOWDOWN}x, the writer's not) p50 ${summary.peer_p50_ms} ms, p95 ${summary.peer_p95_ms} ms (target 200)\n` +
      `own screen by the page's probe (key to the first task after the frame; also counts work deferred to after the paint): ${describeStages(ownByStage)}\n` +
      `floor (a bare contenteditable alone in the browser, same keystrokes, probe and slowdown): Event Timing p95 ${summary.floor_event_timing_p95_ms} ms; probe ${describeStages(floor.stages)}\n` +
      `writer's main thread per keystroke: ${work.layouts} layouts, ${work.style_recalcs} style recalculations, ${work.script_ms} ms of script, ${work.task_ms} ms of tasks ` +
      `(floor: ${floor.work.layouts} layouts, ${floor.work.script_ms} ms of script, ${floor.work.task_ms} ms of tasks)\n` +
      `editor chunk ${chunk.file}: ${summary.editor_chunk_gz_kb} KB gzipped, loaded only when step 4 shows a field\n` +
      `machine load (1 min) ${summary.load_1min} at the end of the run\n`,
  );
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  await facilitator.close();
} finally {
  await browser.close();
  await relay.dispose();
}
