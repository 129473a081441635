import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sleep } from './benchClock.ts';
import type { BenchOptions, RelayName } from './benchOptions.ts';
import { addCloses, type BenchPhase, type ClientSpec, type ToWorker } from './benchProtocol.ts';
import { collectResults, type RelayResult } from './collectResults.ts';
import { saveCpuProfile, startCpuProfile, topSelfTime } from './inspectorCpuProfile.ts';
import { LightClient } from './LightClient.ts';
import { readTotalCpuSeconds } from './measureCpu.ts';
import { RelayProcesses } from './RelayProcesses.ts';
import type { JoinStats } from './relayApi.ts';
import { createRelayTarget, type PreparedSession } from './relayTargets.ts';
import { anomalyCounters, commitStats } from './scrapeRelayCounters.ts';
import { openSessionWriters, type SessionWriter } from './sessionWriter.ts';
import { TrafficMeter } from './trafficMeter.ts';
import { WorkerPool } from './workerPool.ts';

const WORKER_SCRIPT = fileURLToPath(new URL('./benchWorker.ts', import.meta.url));
const LIGHT_WORKER_SCRIPT = fileURLToPath(new URL('./lightWorker.ts', import.meta.url));
const CONNECT_BATCH = 25;
const REPLY_TIMEOUT_MS = 30_000;

/** Participants dealt out over the workers and, in turn, over the relays (`serverUrl(index)`). */
function clientSpecs(
  sessions: PreparedSession[],
  serverUrl: (index: number) => string,
  workers: number,
): ClientSpec[][] {
  const perWorker: ClientSpec[][] = Array.from({ length: workers }, () => []);
  let next = 0;
  sessions.forEach((session, sessionIndex) => {
    for (const participant of session.participants) {
      // The writer and the facilitator take the session's first two relays: participants start at the third.
      const relayIndex = sessionIndex + 2 + next;
      perWorker[next++ % workers]?.push({
        sessionIndex,
        serverUrl: serverUrl(relayIndex),
        room: `${session.sessionId}/room`,
        ...participant,
      });
    }
  });
  return perWorker;
}

/** The session's facilitator as a light client: it hears every participant's presence, as the cockpit does. */
function openFacilitator(
  session: PreparedSession,
  serverUrl: string,
  meter: TrafficMeter,
  presence: boolean,
): LightClient {
  return new LightClient({
    serverUrl,
    room: `${session.sessionId}/room`,
    params: session.facilitatorParams,
    presence: presence ? { facilitator: true } : null,
    meter,
    timeoutMs: REPLY_TIMEOUT_MS,
    onMarker: () => {},
    onExtensionMessage: () => {},
  });
}

/**
 * Runs the whole load against one relay process (or, for `cluster`, `options.clusterRelays` on one redis-server):
 * start, join, connect, presence window, writes, drain.
 */
export async function runRelayScenario(
  relay: RelayName,
  options: BenchOptions,
  repoRoot: string,
  progress: (text: string) => void,
): Promise<RelayResult> {
  const startedAt = performance.now();
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const target = createRelayTarget(relay, repoRoot);
  const writers: SessionWriter[] = [];
  const facilitators: LightClient[] = [];
  let started: RelayProcesses | undefined;
  let pool: WorkerPool | undefined;
  try {
    const cluster = relay === 'cluster';
    const relays = await RelayProcesses.start(target, cluster ? options.clusterRelays : 1, cluster);
    started = relays;
    progress(
      `${relay}: accepting on port(s) ${relays.processes.map((child) => child.port).join(', ')} (pid ${relays.pids.join(', ')})` +
        ` ${relays.startMs?.toFixed(0)} ms after spawn${relays.redis ? `, redis-server on port ${relays.redis.port}` : ''}`,
    );
    const startMemory = await relays.memory();
    const joins: JoinStats = { requests: 0, rateLimited: 0, waitedMs: 0 };
    const sessions = await target.prepareSessions(relays.port, options.sessions, options.clients, joins);
    if (relay !== 'stock')
      progress(`${relay}: ${joins.requests} join requests, ${joins.rateLimited} rate limited`);
    pool = await WorkerPool.start(
      options.workers,
      options.light ? LIGHT_WORKER_SCRIPT : WORKER_SCRIPT,
      repoRoot,
    );
    await sleep(1000);
    const idleMemory = await relays.memory();

    const serverUrl = (index: number) => relays.serverUrl(index);
    const perWorker = clientSpecs(sessions, serverUrl, options.workers);
    const connectTimeoutMs = 60_000 + 200 * Math.max(...perWorker.map((clients) => clients.length));
    const facilitatorMeter = new TrafficMeter();
    let facilitatorExtensionMessages = 0;
    const connectStartedAt = performance.now();
    const countExtension = () => facilitatorExtensionMessages++;
    writers.push(...openSessionWriters(sessions, serverUrl, facilitatorMeter, countExtension, options.light));
    if (options.light) {
      facilitators.push(
        ...sessions.map((session, index) =>
          openFacilitator(session, serverUrl(index + 1), facilitatorMeter, options.presence),
        ),
      );
    }
    await Promise.all([
      ...writers.map((writer) => writer.connection.synced),
      ...facilitators.map((facilitator) => facilitator.synced),
    ]);
    const sequenceCount = Math.round(options.rate * options.durationSeconds);
    const connectMessages = perWorker.map(
      (clients): ToWorker => ({
        type: 'connect',
        clients,
        sequenceCount,
        batchSize: CONNECT_BATCH,
        timeoutMs: connectTimeoutMs,
        presence: options.presence,
      }),
    );
    await pool.request(connectMessages, 'connected', connectTimeoutMs + 10_000);
    const phaseSeconds: Record<BenchPhase, number> = {
      connect: (performance.now() - connectStartedAt) / 1000,
      presence: 0,
      write: 0,
      drain: 0,
    };
    progress(
      `${relay}: ${options.clients * options.sessions} clients synced in ${phaseSeconds.connect.toFixed(1)} s`,
    );
    await sleep(options.settleSeconds * 1000);
    const loadedMemory = await relays.memory();
    const redisRssKb = relays.redisRssKb();

    const activePool = pool;
    const runPhase = async (phase: BenchPhase, work: () => Promise<unknown>) => {
      facilitatorMeter.phase = phase;
      await activePool.broadcast({ type: 'phase', phase }, 'phase', REPLY_TIMEOUT_MS);
      const phaseStartedAt = performance.now();
      await work();
      phaseSeconds[phase] = (performance.now() - phaseStartedAt) / 1000;
    };
    progress(`${relay}: quiet presence window of ${options.presenceWindowSeconds} s`);
    const quietCpuBefore = relays.cpuSeconds();
    await runPhase('presence', () => sleep(options.presenceWindowSeconds * 1000));
    const quietCpuSeconds = relays.cpuSeconds() - quietCpuBefore;
    progress(`${relay}: writing ${options.rate}/s for ${options.durationSeconds} s in each session`);
    const staggerMs = 1000 / options.rate / writers.length;
    const profiling = options.profileDir
      ? await Promise.all(
          relays.processes.flatMap((child) =>
            child.inspectorUrl ? [startCpuProfile(child.inspectorUrl)] : [],
          ),
        )
      : [];
    const cpuBefore = {
      relay: relays.cpuSeconds(),
      workers: readTotalCpuSeconds(pool.pids()),
      redis: relays.redisCpuSeconds(),
    };
    const threadsBefore = relays.threadCpuSeconds();
    await runPhase('write', () =>
      Promise.all(
        writers.map((writer, index) => writer.writeAtRate(sequenceCount, options.rate, index * staggerMs)),
      ),
    );
    const threadsAfter = relays.threadCpuSeconds();
    const writeCpuSeconds = {
      relay: relays.cpuSeconds() - cpuBefore.relay,
      relayMain: threadsAfter.main - threadsBefore.main,
      relayOthers: threadsAfter.others - threadsBefore.others,
      relayBusiestOther: Math.max(
        0,
        ...[...threadsAfter.threads].map(([tid, seconds]) => seconds - (threadsBefore.threads.get(tid) ?? 0)),
      ),
      workers: readTotalCpuSeconds(pool.pids()) - cpuBefore.workers,
    };
    const redisCpuSeconds = relays.redis ? relays.redisCpuSeconds() - cpuBefore.redis : null;
    for (const [index, profiler] of profiling.entries()) {
      const profile = await profiler.stop();
      const name = `${relay}-${options.sessions}${profiling.length > 1 ? `-relay${index + 1}` : ''}`;
      const file = saveCpuProfile(profile, options.profileDir ?? '.', name);
      progress(`${relay}: CPU profile of the write phase in ${file}; most self time:`);
      for (const line of topSelfTime(profile, 30)) progress(`  ${line}`);
    }
    await runPhase('drain', () => sleep(options.drainSeconds * 1000));
    const sentPerSession = writers.map((writer) => writer.sent);
    const replies = await pool.broadcast({ type: 'report', sentPerSession }, 'report', REPLY_TIMEOUT_MS);
    const relayCounters = target.metricsPath ? await relays.counters(target.metricsPath) : null;
    return collectResults({
      relay,
      description: cluster ? `${options.clusterRelays} x ${target.description}` : target.description,
      relayProcesses: relays.processes.length,
      redisCpuSeconds,
      redisRssKb,
      clients: options.clients,
      sessions: options.sessions,
      workers: options.workers,
      sentPerSession,
      reports: replies.map((reply) => reply.report),
      facilitatorTraffic: facilitatorMeter.byPhase,
      facilitatorExtensionMessages,
      facilitatorCloses: writers.reduce(
        (closes, writer) => {
          addCloses(closes, writer.connection.closesAfterSync());
          return closes;
        },
        {} as Record<string, number>,
      ),
      writeCpuSeconds,
      quietCpuSeconds,
      phaseSeconds,
      startMs: relays.startMs,
      warmUpMs: relays.warmUpMs,
      startMemory,
      idleMemory,
      loadedMemory,
      joins: relay !== 'stock' ? joins : null,
      light: options.light,
      presenceOn: options.presence || !options.light,
      serverLog: relays.log,
      relayAnomalies: target.metricsPath ? anomalyCounters(relayCounters) : null,
      commits: commitStats(relayCounters),
      workerOutputLines: pool.outputLines(),
      elapsedSeconds: (performance.now() - startedAt) / 1000,
      loadAverage: [loadAtStart, loadavg()[0] ?? Number.NaN],
    });
  } finally {
    for (const writer of writers) writer.destroy();
    for (const facilitator of facilitators) facilitator.destroy();
    await pool?.stop();
    await started?.stop();
    target.cleanup();
  }
}
