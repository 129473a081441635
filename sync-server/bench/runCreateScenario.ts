import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { EVENT_LOOP_SAMPLE_MS } from '../src/observability/createMetrics.ts';
import { monotonicMs, sleep } from './benchClock.ts';
import type { RelayName } from './benchOptions.ts';
import { applyNice, SERVER_NICE, VIEWER_NICE } from './benchPriority.ts';
import type { CreateOptions } from './createOptions.ts';
import type { FromCreateWorker, GroupSpec, LoopDelay, ToCreateWorker } from './createProtocol.ts';
import type { CreateResult } from './createResult.ts';
import { forwardBreakdown } from './forwardBreakdown.ts';
import { saveCpuProfile, startCpuProfile, topSelfTime } from './inspectorCpuProfile.ts';
import { readCpuSeconds, readTotalCpuSeconds } from './measureCpu.ts';
import { measureMemory } from './measureRss.ts';
import {
  type ProcessScheduling,
  readCpuPressureMicroseconds,
  readScheduling,
  schedulingBetween,
} from './measureScheduling.ts';
import { prepareOurs, prepareStock, writeGroupMembers } from './prepareCreateSession.ts';
import type { JoinStats } from './relayApi.ts';
import { createRelayTarget } from './relayTargets.ts';
import { garbageCollection, perKeystroke } from './relayTypingFigures.ts';
import { StallMonitor } from './StallMonitor.ts';
import { anomalyCounters, scrapeRelayCounters } from './scrapeRelayCounters.ts';
import type { ServerProcess } from './startServerProcess.ts';
import { tallyReports } from './tallyReports.ts';
import { TrafficMeter } from './trafficMeter.ts';
import { ViewerDevice } from './ViewerDevice.ts';
import { WorkerPool } from './workerPool.ts';

const WORKER_SCRIPT = fileURLToPath(new URL('./createWorker.ts', import.meta.url));
const REPLY_TIMEOUT_MS = 30_000;
const COLORS = ['#d1495b', '#00798c', '#edae49', '#66a182', '#8d96a3', '#2e4057'];

/** Runs the create load against one relay: start, join, connect members and viewers, type, drain, measure. */
export async function runCreateScenario(
  relay: RelayName,
  options: CreateOptions,
  repoRoot: string,
  progress: (text: string) => void,
): Promise<CreateResult> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const target = createRelayTarget(relay, repoRoot);
  const clients = options.groups * options.membersPerGroup;
  let server: ServerProcess | undefined;
  let pool: WorkerPool<ToCreateWorker, FromCreateWorker> | undefined;
  const viewers: ViewerDevice[] = [];
  const ownNice = getPriority();
  let viewerNice = ownNice;
  const traceDir = options.traceDir
    ? join(options.traceDir, relay)
    : mkdtempSync(join(tmpdir(), 'peerloom-create-trace-'));
  mkdirSync(traceDir, { recursive: true });
  const relayTraceFile = join(traceDir, 'relay-forwards.bin');
  try {
    server = await target.start({
      forwardTrace: relayTraceFile,
      nice: options.samePriority ? undefined : SERVER_NICE,
    });
    progress(`${relay}: listening on port ${server.port} (pid ${server.pid})`);
    const joins: JoinStats = { requests: 0, rateLimited: 0, waitedMs: 0 };
    const prepared =
      relay === 'ours' ? await prepareOurs(server.port, clients, joins) : prepareStock(clients);
    pool = await WorkerPool.start<ToCreateWorker, FromCreateWorker>(options.workers, WORKER_SCRIPT, repoRoot);
    // The members' workers are spawned at this process's priority; the viewers, here, then go below them.
    if (server.nice === SERVER_NICE) viewerNice = applyNice(0, VIEWER_NICE);
    await sleep(1000);
    const idleMemory = await measureMemory(server.pid, server.inspectorUrl);

    const serverUrl = `ws://127.0.0.1:${server.port}/sync`;
    const controlPath = `${prepared.sessionId}/control`;
    const roomPath = `${prepared.sessionId}/room`;
    const productionIds = Array.from({ length: options.groups }, (_, index) => `prod-${index + 1}`);
    const groupPaths = productionIds.map((id) => `${prepared.sessionId}/group/${id}`);
    const viewerMeter = new TrafficMeter();
    const connectStartedAt = performance.now();
    type HubAuth = { key: string } | { token: string };
    const openViewer = (name: string, params: Record<string, string>, auth: HubAuth | null) => {
      const viewer = new ViewerDevice(
        {
          name,
          serverUrl,
          params,
          sessionId: prepared.sessionId,
          hub: auth ? { auth } : null,
          controlPath,
          roomPath,
          groupPaths,
        },
        viewerMeter,
      );
      viewers.push(viewer);
      return viewer;
    };
    const facilitator = openViewer(
      'facilitator',
      prepared.facilitatorParams,
      prepared.hubAuth?.facilitator ?? null,
    );
    await facilitator.control.synced;
    const groupSpecs: GroupSpec[] = productionIds.map((_, groupIndex) => ({
      groupIndex,
      serverUrl,
      controlPath,
      roomPath,
      groupPath: groupPaths[groupIndex] ?? '',
      members: Array.from({ length: options.membersPerGroup }, (_, position) => {
        const participant = prepared.participants[groupIndex * options.membersPerGroup + position];
        return {
          name: `Participant ${groupIndex * options.membersPerGroup + position + 1}`,
          color: COLORS[position % COLORS.length] ?? '#000',
          params: participant?.params ?? {},
        };
      }),
    }));
    writeGroupMembers(
      facilitator.control.doc,
      groupSpecs.map((_, groupIndex) =>
        prepared.participants
          .slice(groupIndex * options.membersPerGroup, (groupIndex + 1) * options.membersPerGroup)
          .map((participant) => participant.participantId),
      ),
      productionIds,
    );
    openViewer('projector', prepared.projectorParams, prepared.hubAuth?.projector ?? null);
    await Promise.all(viewers.map((viewer) => viewer.synced()));
    const perWorker: GroupSpec[][] = Array.from({ length: options.workers }, () => []);
    for (const [index, spec] of groupSpecs.entries()) perWorker[index % options.workers]?.push(spec);
    const connectTimeoutMs = 120_000 + 1000 * Math.max(...perWorker.map((groups) => groups.length));
    await pool.request(
      perWorker.map((groups) => ({
        type: 'connect',
        groups,
        timeoutMs: connectTimeoutMs,
        light: options.light,
      })),
      'connected',
      connectTimeoutMs + 10_000,
    );
    const connectSeconds = (performance.now() - connectStartedAt) / 1000;
    progress(`${relay}: ${clients} participants and 2 viewers synced in ${connectSeconds.toFixed(1)} s`);
    await sleep(3000);
    const loadedMemory = await measureMemory(server.pid, server.inspectorUrl);
    progress(`${relay}: typing ${options.keysPerSecond}/s per member for ${options.durationSeconds} s`);
    viewerMeter.phase = 'write';
    const metricsUrl = target.metricsPath ? `http://127.0.0.1:${server.port}` : null;
    // Scraping resets prom-client's event-loop histogram: the second scrape covers the typing minute.
    const relayBefore =
      metricsUrl && target.metricsPath
        ? await scrapeRelayCounters(metricsUrl, target.metricsPath, true)
        : null;
    const profiling =
      options.profileDir && server.inspectorUrl ? await startCpuProfile(server.inspectorUrl) : null;
    const orchestratorDelay = monitorEventLoopDelay({ resolution: 5 });
    orchestratorDelay.enable();
    const orchestratorStalls = new StallMonitor();
    const cpuBefore = { relay: readCpuSeconds(server.pid), workers: readTotalCpuSeconds(pool.pids()) };
    const scheduledPids = [server.pid, process.pid, ...pool.pids()];
    const schedulingBefore = scheduledPids.map(readScheduling);
    const pressureBefore = readCpuPressureMicroseconds();
    const typingWindow = { start: monotonicMs(), end: 0 };
    const typingStartedAt = performance.now();
    await pool.broadcast(
      { type: 'type', durationSeconds: options.durationSeconds, keysPerSecond: options.keysPerSecond },
      'typed',
      options.durationSeconds * 1000 + 60_000,
    );
    const typingSeconds = (performance.now() - typingStartedAt) / 1000;
    typingWindow.end = monotonicMs();
    const pressureAfter = readCpuPressureMicroseconds();
    if (options.traceDir) writeFileSync(join(traceDir, 'typing-window.json'), JSON.stringify(typingWindow));
    const [relayScheduling, orchestratorScheduling, ...workerScheduling] = scheduledPids.map((pid, index) =>
      schedulingBetween(pid, schedulingBefore[index] ?? new Map(), readScheduling(pid)),
    );
    const relayCpu = readCpuSeconds(server.pid) - cpuBefore.relay;
    const workersCpu = readTotalCpuSeconds(pool.pids()) - cpuBefore.workers;
    orchestratorDelay.disable();
    const orchestratorStallReport = orchestratorStalls.stop();
    const relayTyping =
      metricsUrl && target.metricsPath
        ? await scrapeRelayCounters(metricsUrl, target.metricsPath, true)
        : null;
    let relayProfileTop: string[] | null = null;
    if (profiling && options.profileDir) {
      const profile = await profiling.stop();
      const file = saveCpuProfile(profile, options.profileDir, relay);
      relayProfileTop = topSelfTime(profile, 25);
      progress(`${relay}: relay CPU profile of the typing minute in ${file}`);
    }
    viewerMeter.phase = 'drain';
    await sleep(options.drainSeconds * 1000);

    const replies = await pool.broadcast({ type: 'report', traceDir }, 'report', REPLY_TIMEOUT_MS);
    const worst = (pick: (delay: LoopDelay) => number) =>
      Math.max(...replies.map(({ report }) => pick(report.loopDelay)));
    // The relay's histogram times the gap between its samples: the delay is what exceeds the sampling interval.
    const lagSeconds = (name: string) =>
      Math.max(
        0,
        (relayTyping?.[`peerloom_process_nodejs_eventloop_lag_${name}_seconds`] ?? Number.NaN) * 1000 -
          EVENT_LOOP_SAMPLE_MS,
      );
    const { latencies, memberTraffic, closes, typedByGroup, lostByMembers, lostByViewers } = tallyReports(
      replies.map(({ report }) => report),
      viewers,
    );
    // After the load the stock server may be too busy to answer its inspector; that figure is optional.
    const typedMemory = await measureMemory(server.pid, server.inspectorUrl).catch(() => ({
      rssKb: Number.NaN,
      anonymousRssKb: Number.NaN,
      heapUsedKb: null,
    }));
    const relayCounters = target.metricsPath
      ? await scrapeRelayCounters(`http://127.0.0.1:${server.port}`, target.metricsPath)
      : null;
    // The relay appends its trace every 500 ms, and a relay kept off the CPU runs late: stopping it
    // (SIGTERM, relay.close) writes the rest before the receipts are joined with it.
    await server.stop();
    const breakdown =
      relay === 'ours'
        ? forwardBreakdown(
            relayTraceFile,
            replies.map(({ report }) => report.receiptsFile),
            typingWindow,
          )
        : null;
    const written = memberTraffic.write;
    return {
      relay,
      description: target.description,
      clients,
      groups: options.groups,
      keystrokes: [...typedByGroup.values()].reduce((sum, count) => sum + count, 0),
      latency: latencies.summary(),
      lostByMembers,
      lostByViewers,
      closes,
      relayCpuPercent: (100 * relayCpu) / typingSeconds,
      clientsCpuPercent: (100 * workersCpu) / typingSeconds,
      idleMemory,
      loadedMemory,
      typedMemory,
      connectionsPerDevice: {
        participant: 3,
        facilitator: facilitator.connections,
        projector: viewers[1]?.connections ?? 0,
      },
      memberSyncBytesPerSecond: written.syncBytes / typingSeconds,
      memberPresenceBytesPerSecond: written.awarenessBytes / typingSeconds,
      typingSeconds,
      connectSeconds,
      relayAnomalies: target.metricsPath ? anomalyCounters(relayCounters) : null,
      relayLog: server.log.byLevel,
      loadAverage: [loadAtStart, loadavg()[0] ?? Number.NaN],
      serverNice: server.nice,
      viewerNice,
      loopDelay: {
        workers: {
          p50: worst((delay) => delay.p50),
          p99: worst((delay) => delay.p99),
          max: worst((delay) => delay.max),
        },
        orchestrator: {
          p50: orchestratorDelay.percentile(50) / 1e6,
          p99: orchestratorDelay.percentile(99) / 1e6,
          max: orchestratorDelay.max / 1e6,
        },
        relay: relayTyping
          ? { p50: lagSeconds('p50'), p99: lagSeconds('p99'), max: lagSeconds('max') }
          : null,
      },
      stalls: {
        worker: replies
          .map(({ report }) => report.stalls)
          .reduce((worst, stalls) => (stalls.stallMaxMs > worst.stallMaxMs ? stalls : worst)),
        orchestrator: orchestratorStallReport,
      },
      relayGc: relayTyping && relayBefore ? garbageCollection(relayBefore, relayTyping) : null,
      relayProfileTop,
      breakdown,
      relayMessagesPerKeystroke:
        relayBefore && relayTyping
          ? {
              in: perKeystroke(relayBefore, relayTyping, 'peerloom_messages_in_total', typedByGroup),
              out: perKeystroke(relayBefore, relayTyping, 'peerloom_messages_out_total', typedByGroup),
            }
          : null,
      cpuPressure:
        pressureBefore !== null && pressureAfter !== null
          ? (pressureAfter - pressureBefore) / 1000 / (typingWindow.end - typingWindow.start)
          : null,
      scheduling: {
        relay: relayScheduling as ProcessScheduling,
        workers: workerScheduling,
        orchestrator: orchestratorScheduling as ProcessScheduling,
      },
    };
  } finally {
    if (viewerNice !== ownNice) applyNice(0, ownNice);
    for (const viewer of viewers) viewer.destroy();
    await pool?.stop();
    await server?.stop();
    target.cleanup();
    if (!options.traceDir) rmSync(traceDir, { recursive: true, force: true });
  }
}
