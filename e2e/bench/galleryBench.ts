import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { installChildCleanup, killTrackedChildren } from '../../sync-server/bench/childProcesses.ts';
import { startCpuProfile, topSelfTime } from '../../sync-server/bench/inspectorCpuProfile.ts';
import { readCpuSeconds, readTotalCpuSeconds } from '../../sync-server/bench/measureCpu.ts';
import { measureMemory, readRssKb } from '../../sync-server/bench/measureRss.ts';
import { LatencyHistogram } from '../../sync-server/bench/percentiles.ts';
import { createSession, type JoinStats, joinParticipants } from '../../sync-server/bench/relayApi.ts';
import { createRelayTarget } from '../../sync-server/bench/relayTargets.ts';
import type { StallReport } from '../../sync-server/bench/StallMonitor.ts';
import { anomalyCounters, scrapeRelayCounters } from '../../sync-server/bench/scrapeRelayCounters.ts';
import { WorkerPool } from '../../sync-server/bench/workerPool.ts';
import { chromiumLaunchOptions } from '../fixtures/chromiumLaunch.ts';
import { type CreatedSession, repoRoot } from '../fixtures/startRelayProcess.ts';
import {
  type DeviceOpening,
  epochNow,
  type FromGalleryWorker,
  type PageDeviceSpec,
  type ToGalleryWorker,
} from './galleryProtocol.ts';
import { measureHtmlExport } from './measureHtmlExport.ts';
import { openFacilitatorInChromium } from './openFacilitatorInChromium.ts';
import { seedPageProductions } from './seedPageProductions.ts';

/**
 * npm run bench:gallery — 300 participants' devices open the session page (`/g/:id`) of 60 productions of about
 * 2 KB at the same moment, on a loopback relay, each as the page does it (sync-client: control and room
 * documents, every production over one hub socket; no local copy beforehand), spread over worker processes.
 * Then comments posted by one device each must reach the other devices; then a real Chromium page among them,
 * and the HTML export opened from file://. Options: --devices N --productions N --workers N --comments N
 * --runs N (export openings) --seed N --probes N (devices in a process of their own) --profile DIR (the relay's CPU profile of the opening). The last line is
 * JSON.
 */
const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: '300' },
    productions: { type: 'string', default: '60' },
    workers: { type: 'string', default: '3' },
    comments: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '12' },
    probes: { type: 'string', default: '5' },
    profile: { type: 'string' },
  },
});
const DEVICES = Number(values.devices);
const PRODUCTIONS = Number(values.productions);
const WORKERS = Number(values.workers);
const COMMENTS = Number(values.comments);
const RUNS = Number(values.runs);
const SEED = Number(values.seed);
const PROBES = Number(values.probes);
const TEXT_BYTES = 2_000;
const OPEN_TIMEOUT_MS = 180_000;
const COMMENT_TIMEOUT_MS = 30_000;
const WORKER_SCRIPT = fileURLToPath(new URL('./galleryWorker.ts', import.meta.url));

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);
const round = (value: number, digits = 0) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
const nearestRank = (sorted: readonly number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** The relay's counters; a relay still busy with the storm may miss a scrape's 5 s deadline, so it is asked again. */
async function scrapeMetrics(): Promise<Record<string, number> | null> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const metrics = await scrapeRelayCounters(relayUrl, '/metrics');
    if (metrics) return metrics;
  }
  return null;
}

installChildCleanup();
const loadAtStart = loadavg();
const target = createRelayTarget('ours', repoRoot, { staticDir: join(repoRoot, 'apps/web/dist') });
const server = await target.start();
const relayUrl = `http://127.0.0.1:${server.port}`;
const deadline = setTimeout(() => {
  progress('deadline of 15 minutes passed, stopping');
  killTrackedChildren();
  target.cleanup();
  process.exit(3);
}, 15 * 60_000);
const browser = await chromium.launch(chromiumLaunchOptions);
const folder = await mkdtemp(join(tmpdir(), 'peerloom-gallery-bench-'));
let pool: WorkerPool<ToGalleryWorker, FromGalleryWorker> | undefined;
try {
  const relayPid = server.pid;
  const session = (await createSession(relayUrl, 'Gallery benchmark')) as CreatedSession;
  const joins: JoinStats = { requests: 0, rateLimited: 0, waitedMs: 0 };
  const joined = await joinParticipants(
    relayUrl,
    session.code,
    Array.from({ length: DEVICES }, (_, index) => `Participant ${index + 1}`),
    joins,
    { concurrency: 8, deadline: Date.now() + 5 * 60_000 },
  );
  progress(`${DEVICES} participants joined (${joins.rateLimited} rate-limited retries)`);
  const perGroup = Math.max(1, Math.floor(DEVICES / PRODUCTIONS));
  const seeded = await seedPageProductions(relayUrl, session, {
    productions: PRODUCTIONS,
    textBytes: TEXT_BYTES,
    seed: SEED,
    members: (group) =>
      joined.slice(group * perGroup, (group + 1) * perGroup).map((person) => person.participantId),
  });
  const totalCharacters = [...seeded.characters.values()].reduce((sum, count) => sum + count, 0);
  progress(`${PRODUCTIONS} productions written (${totalCharacters} characters)`);

  // Worker 0 holds only the probe devices: their times are a device's among 300, without a process that reads
  // a hundred devices' sockets at once (what simulating 300 devices on this machine's cores adds to the others).
  pool = await WorkerPool.start<ToGalleryWorker, FromGalleryWorker>(WORKERS + 1, WORKER_SCRIPT, repoRoot);
  const page = {
    serverUrl: `${relayUrl.replace(/^http/, 'ws')}/sync`,
    sessionId: session.sessionId,
    characters: Object.fromEntries(seeded.characters),
  };
  const shares: PageDeviceSpec[][] = Array.from({ length: WORKERS + 1 }, () => []);
  joined.forEach((person, index) => {
    const worker = index < PROBES ? 0 : 1 + (index % WORKERS);
    shares[worker]?.push({ index, participantId: person.participantId, token: person.token });
  });
  const facilitator = await openFacilitatorInChromium(browser, relayUrl, session);
  await pool.request(
    shares.map((devices) => ({ type: 'prepare', page, devices })),
    'prepared',
    30_000,
  );

  const metricsBefore = await scrapeMetrics();
  const rssIdle = await measureMemory(relayPid, server.inspectorUrl);
  const profiling = values.profile && server.inspectorUrl ? await startCpuProfile(server.inspectorUrl) : null;
  let rssPeakKb = rssIdle.rssKb;
  const rssSampler = setInterval(() => {
    rssPeakKb = Math.max(rssPeakKb, readRssKb(relayPid).rssKb);
  }, 100);
  progress(`${DEVICES} devices open the page at once (${WORKERS} worker processes)`);
  const cpuBefore = { relay: readCpuSeconds(relayPid), workers: readTotalCpuSeconds(pool.pids()) };
  const startedAt = epochNow();
  const [opened, chromiumOpenMs] = await Promise.all([
    pool.broadcast(
      { type: 'open', startedAt, timeoutMs: OPEN_TIMEOUT_MS },
      'opened',
      OPEN_TIMEOUT_MS + 10_000,
    ),
    facilitator.showPage({ productions: PRODUCTIONS, lastWords: seeded.lastWords }),
  ]);
  const openWallMs = epochNow() - startedAt;
  clearInterval(rssSampler);
  const relayCpuSeconds = readCpuSeconds(relayPid) - cpuBefore.relay;
  const workersCpuSeconds = readTotalCpuSeconds(pool.pids()) - cpuBefore.workers;
  let profileTop: string[] = [];
  if (profiling && values.profile) {
    const profile = await profiling.stop();
    await mkdir(values.profile, { recursive: true });
    await writeFile(join(values.profile, 'gallery-relay.cpuprofile'), JSON.stringify(profile));
    profileTop = topSelfTime(profile, 20);
  }
  const openings: DeviceOpening[] = opened.flatMap((reply) => reply.openings);
  const probeMs = (opened[0]?.openings ?? []).map((opening) => opening.openMs).sort((a, b) => a - b);
  const openMs = openings.map((opening) => opening.openMs).sort((a, b) => a - b);
  const sinceStartMs = openings.map((opening) => opening.sinceStartMs).sort((a, b) => a - b);
  const socketsPerDevice = Math.max(...openings.map((opening) => opening.peakSockets));
  const socketsOpenedMax = Math.max(...openings.map((opening) => opening.sockets));
  const metricsOpen = await scrapeMetrics();
  const rssOpen = await measureMemory(relayPid, server.inspectorUrl);
  const counter = (metrics: Record<string, number> | null, name: string) => metrics?.[name] ?? Number.NaN;
  const bytesOutOpen =
    counter(metricsOpen, 'peerloom_bytes_out_total') - counter(metricsBefore, 'peerloom_bytes_out_total');
  const presenceOutOpen =
    counter(metricsOpen, 'peerloom_presence_bytes_out_total') -
    counter(metricsBefore, 'peerloom_presence_bytes_out_total');
  progress(`every page shown after ${(openWallMs / 1000).toFixed(1)} s`);

  // Devices that reconnected during the storm resubscribe: comments are timed once every page is back on the relay
  // (the facilitator's page in Chromium adds its own sockets).
  const settleDeadline = Date.now() + 120_000;
  let metricsSettled = metricsOpen;
  for (;;) {
    metricsSettled = await scrapeMetrics();
    const settled =
      counter(metricsSettled, 'peerloom_hub_sockets') >= DEVICES &&
      counter(metricsSettled, 'peerloom_hub_documents') >= DEVICES * PRODUCTIONS &&
      counter(metricsSettled, 'peerloom_connections') >= DEVICES * (PRODUCTIONS + 2);
    if (settled) break;
    if (Date.now() > settleDeadline) throw new Error('the devices did not all come back on the relay');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const settledMs = epochNow() - startedAt;
  const comments = new LatencyHistogram();
  for (let index = 0; index < COMMENTS; index++) {
    const author = (index * 37) % DEVICES;
    const production = seeded.productions[index % seeded.productions.length];
    if (!production) break;
    const replies = await pool.broadcast(
      {
        type: 'comment',
        text: `Comment ${index + 1} from device ${author}: the plan reads well.`,
        productionId: production.id,
        author,
        timeoutMs: COMMENT_TIMEOUT_MS,
      },
      'comment-seen',
      COMMENT_TIMEOUT_MS + 10_000,
    );
    const postedAt = replies.find((reply) => reply.postedAt !== null)?.postedAt ?? Number.NaN;
    for (const reply of replies) for (const seenAt of reply.seenAt) comments.record(seenAt - postedAt);
  }
  const commentLatency = comments.summary();
  const metricsComments = await scrapeMetrics();
  const bytesOutComments =
    counter(metricsComments, 'peerloom_bytes_out_total') -
    counter(metricsSettled, 'peerloom_bytes_out_total');
  const workerReports = await pool.broadcast({ type: 'report' }, 'report', 10_000);
  const worstStall = (reports: Array<StallReport | null>) =>
    reports.reduce<StallReport | null>(
      (worst, stalls) => (stalls && (!worst || stalls.stallMaxMs > worst.stallMaxMs) ? stalls : worst),
      null,
    );
  const describeStall = (stalls: StallReport | null) =>
    stalls
      ? `${stalls.stallMaxMs.toFixed(0)} ms (stalls over 100 ms: ${stalls.stalls}, ${stalls.stallTotalMs.toFixed(0)} ms in all, ` +
        `${stalls.stallGcMs.toFixed(0)} ms of it in GC)`
      : '-';
  const openStall = worstStall(opened.map((reply) => reply.stalls));
  const commentStall = worstStall(workerReports.map((report) => report.commentStalls));
  const workerHeapMb = Math.max(...workerReports.map((report) => report.heapUsedMb));
  const reopenedSockets = workerReports.reduce((sum, report) => sum + report.reopenedSockets, 0);

  progress('the HTML export');
  const chromiumSockets = new Set(facilitator.sockets.filter((path) => !path.includes('/f/'))).size;
  const exported = await measureHtmlExport(browser, facilitator.page, {
    folder,
    productions: PRODUCTIONS,
    runs: RUNS,
  });
  const exportOpenMs = [...exported.openMs].sort((a, b) => a - b);
  await facilitator.context.close();
  const loadAtEnd = loadavg();

  const documentsLoaded = counter(metricsSettled, 'peerloom_documents_loaded');
  const summary = {
    devices: DEVICES,
    productions: PRODUCTIONS,
    p50_open_ms: round(nearestRank(openMs, 0.5)),
    p95_open_ms: round(nearestRank(openMs, 0.95)),
    connections_per_device: socketsPerDevice,
    relay_rss_mb: round(rssOpen.rssKb / 1024, 1),
    comment_p99_ms: round(commentLatency.p99, 1),
    export_open_ms: round(nearestRank(exportOpenMs, 0.5)),
    comment_p50_ms: round(commentLatency.p50, 1),
    comments_received: commentLatency.count,
    max_open_ms: round(openMs[openMs.length - 1] ?? Number.NaN),
    relay_rss_peak_mb: round(rssPeakKb / 1024, 1),
    relay_bytes_out_mb: round(megabytes(bytesOutOpen), 1),
    relay_documents_loaded: documentsLoaded,
    sockets_opened_max: socketsOpenedMax,
    sockets_reopened: reopenedSockets,
    relay_hub_subscriptions: counter(metricsSettled, 'peerloom_hub_documents'),
    worker_stall_open_ms: round(openStall?.stallMaxMs ?? Number.NaN),
    relay_cpu_open_s: round(relayCpuSeconds, 2),
    workers_cpu_open_s: round(workersCpuSeconds, 2),
    chromium_page_open_ms: chromiumOpenMs,
    probe_p50_open_ms: round(nearestRank(probeMs, 0.5)),
    probe_max_open_ms: round(probeMs[probeMs.length - 1] ?? Number.NaN),
    export_open_max_ms: round(exportOpenMs[exportOpenMs.length - 1] ?? Number.NaN),
    load_average: [loadAtStart[0], loadAtEnd[0]].map((load) => round(load ?? Number.NaN, 2)),
  };
  const lines = [
    `Gallery benchmark: ${DEVICES} devices open the session page of ${PRODUCTIONS} productions ` +
      `(~${TEXT_BYTES} characters each, seed ${SEED}) at the same moment, loopback relay, ${WORKERS} worker processes + 1 for the probes`,
    '  Each device: sync-client openSessionDocuments (control, room, presence announced) + createParticipantStore +',
    '  createPageStore, and every listed production over ONE hub socket (openDocumentHub), read with getPage();',
    "  no local copy beforehand. 'Shown' = every production's text complete in the device's copy.",
    `  open, from each device's start:   p50 ${summary.p50_open_ms} ms, p95 ${summary.p95_open_ms} ms, max ${summary.max_open_ms} ms`,
    `  open, from the common start:      p50 ${round(nearestRank(sinceStartMs, 0.5))} ms, p95 ${round(nearestRank(sinceStartMs, 0.95))} ms (all shown after ${openWallMs.toFixed(0)} ms)`,
    `  sockets per device: at most ${socketsPerDevice} open at once, ${socketsOpenedMax} opened by the device that ` +
      `reconnected most (reopened after a drop, all devices: ${reopenedSockets}); relay: ` +
      `${counter(metricsSettled, 'peerloom_hub_sockets')} hub sockets carrying ${summary.relay_hub_subscriptions} document subscriptions`,
    `  documents the relay holds in memory: ${documentsLoaded} (not ${DEVICES} x ${PRODUCTIONS} = ${DEVICES * PRODUCTIONS})`,
    `  relay bytes out while opening: ${summary.relay_bytes_out_mb} MB (${(bytesOutOpen / DEVICES / 1024).toFixed(0)} KB per device, ` +
      `${(totalCharacters / 1024).toFixed(0)} KB of text on the page), of which presence ${(presenceOutOpen / 1024).toFixed(0)} KB`,
    `  CPU while opening: relay ${relayCpuSeconds.toFixed(2)} s, the ${WORKERS + 1} bench workers (the devices' own work) ${workersCpuSeconds.toFixed(2)} s`,
    `  relay RSS: ${(rssIdle.rssKb / 1024).toFixed(1)} MB before, peak ${summary.relay_rss_peak_mb} MB while opening, ` +
      `${summary.relay_rss_mb} MB with every page open (after a forced GC)`,
    `  comments (once every device was back on the relay, ${(settledMs / 1000).toFixed(1)} s after the start): ` +
      `${COMMENTS} posted one after another by different devices, received ${commentLatency.count} times:`,
    `    p50 ${commentLatency.p50.toFixed(1)} ms, p90 ${commentLatency.p90.toFixed(1)} ms, p99 ${commentLatency.p99.toFixed(1)} ms, ` +
      `max ${commentLatency.max.toFixed(1)} ms; relay bytes out ${(bytesOutComments / 1024).toFixed(0)} KB`,
    `  bench workers' longest event-loop stall (their own saturation): opening ${describeStall(openStall)}; ` +
      `comments ${describeStall(commentStall)}; largest worker heap ${workerHeapMb.toFixed(0)} MB`,
    `  the same moment, ${PROBES} probe devices in a process of their own: p50 ${summary.probe_p50_open_ms} ms, ` +
      `max ${summary.probe_max_open_ms} ms; the app in Chromium (the facilitator's device): ${chromiumOpenMs} ms, ` +
      `${chromiumSockets} sockets for /g/`,
    `  HTML export: ${(exported.bytes / 1024).toFixed(0)} KB, opens from file:// in p50 ${summary.export_open_ms} ms, ` +
      `max ${summary.export_open_max_ms} ms over ${RUNS} runs`,
    `  relay anomaly counters: ${JSON.stringify(anomalyCounters(metricsComments))}`,
    `  load average (1 min) start/end: ${summary.load_average.join('/')}`,
  ];
  if (profileTop.length > 0) lines.push('  relay self time while opening (top functions):', ...profileTop);
  console.log(lines.join('\n'));
  console.log(JSON.stringify(summary));
} finally {
  clearTimeout(deadline);
  await pool?.stop();
  await browser.close();
  await server.stop();
  target.cleanup();
  await rm(folder, { recursive: true, force: true });
}
