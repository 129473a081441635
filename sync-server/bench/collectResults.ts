import type { RelayName } from './benchOptions.ts';
import {
  addCloses,
  addTraffic,
  type BenchPhase,
  emptyTrafficByPhase,
  type TrafficByPhase,
  type TrafficCounters,
  type WorkerReport,
} from './benchProtocol.ts';
import type { MemorySample } from './measureRss.ts';
import { LatencyHistogram, type LatencySummary } from './percentiles.ts';
import type { JoinStats } from './relayApi.ts';
import type { ServerLogSummary } from './startServerProcess.ts';

export interface WindowRates {
  seconds: number;
  totalBytesPerSecond: number;
  syncBytesPerSecond: number;
  awarenessBytesPerSecond: number;
  /** Awareness bytes/s received by participants only (facilitators excluded). */
  participantAwarenessBytesPerSecond: number;
}

export interface RelayResult {
  relay: RelayName;
  description: string;
  /** Relay processes measured together (several: `cluster`, on one redis-server). */
  relayProcesses: number;
  /** The redis-server's CPU seconds during the write phase, and its RSS when loaded (null: no Redis). */
  redisCpuSecondsWriting: number | null;
  redisRssLoadedKb: number | null;
  clients: number;
  sessions: number;
  totalClients: number;
  workers: number;
  sentPerSession: number[];
  expectedReceipts: number;
  latency: LatencySummary;
  lost: number;
  duplicated: number;
  reconnects: number;
  participantCloses: Record<string, number>;
  facilitatorCloses: Record<string, number>;
  extensionMessages: number;
  /** Whether participants were light clients, and whether they announced presence. */
  light: boolean;
  presenceOn: boolean;
  /** Spawn to the first HTTP answer, in ms, and the relay's warm-up it runs once listening (NaN: none). */
  startMs: number | null;
  warmUpMs: number;
  /** RSS right after start, before any session exists (forced GC first). */
  rssStartKb: number;
  /** Relay CPU seconds during the write phase and during the quiet presence window. */
  relayCpuSecondsWriting: number;
  /** Of which the event loop's thread, and every other thread (storage writer, GC helpers, libuv). */
  relayCpuSecondsMain: number;
  relayCpuSecondsOthers: number;
  /** Of the other threads, the one that spent most (the storage writer, when it is busy). */
  relayCpuSecondsBusiestOther: number;
  relayCpuSecondsQuiet: number;
  /** CPU used during the write phase, in percent of one core. */
  relayCpuPercent: number;
  workersCpuPercent: number;
  rssIdleKb: number;
  rssLoadedKb: number;
  rssPerClientKb: number;
  anonymousRssIdleKb: number;
  anonymousRssLoadedKb: number;
  anonymousRssPerClientKb: number;
  heapIdleKb: number | null;
  heapLoadedKb: number | null;
  heapPerClientKb: number | null;
  presence: WindowRates;
  writing: WindowRates;
  connectSeconds: number;
  joins: JoinStats | null;
  serverLog: ServerLogSummary;
  /** The relay's own non-zero dropped/rejected/slow-client counters (ours only). */
  relayAnomalies: Record<string, number> | null;
  /** Group commits over the whole run (ours only): mean ms queued to durable, and % over 100 ms. */
  commits: { meanMs: number | null; over100msPercent: number | null };
  workerOutputLines: number;
  elapsedSeconds: number;
  /** The machine's 1-minute load average when this relay's run started and ended (2 cores). */
  loadAverage: [number, number];
}

export interface ScenarioMeasurements {
  relay: RelayName;
  description: string;
  relayProcesses: number;
  redisCpuSeconds: number | null;
  redisRssKb: number | null;
  clients: number;
  sessions: number;
  workers: number;
  sentPerSession: number[];
  reports: WorkerReport[];
  facilitatorTraffic: TrafficByPhase;
  facilitatorExtensionMessages: number;
  facilitatorCloses: Record<string, number>;
  writeCpuSeconds: {
    relay: number;
    relayMain: number;
    relayOthers: number;
    relayBusiestOther: number;
    workers: number;
  };
  quietCpuSeconds: number;
  phaseSeconds: Record<BenchPhase, number>;
  startMs: number | null;
  warmUpMs: number;
  startMemory: MemorySample;
  idleMemory: MemorySample;
  loadedMemory: MemorySample;
  joins: JoinStats | null;
  light: boolean;
  presenceOn: boolean;
  serverLog: ServerLogSummary;
  /** The relay's own non-zero dropped/rejected/slow-client counters (ours only). */
  relayAnomalies: Record<string, number> | null;
  commits: { meanMs: number | null; over100msPercent: number | null };
  workerOutputLines: number;
  elapsedSeconds: number;
  /** The machine's 1-minute load average when this relay's run started and ended (2 cores). */
  loadAverage: [number, number];
}

function totalBytes(counters: TrafficCounters): number {
  return counters.syncBytes + counters.awarenessBytes + counters.otherBytes;
}

function windowRates(all: TrafficCounters, participants: TrafficCounters, seconds: number): WindowRates {
  const perSecond = (bytes: number) => (seconds > 0 ? bytes / seconds : Number.NaN);
  return {
    seconds,
    totalBytesPerSecond: perSecond(totalBytes(all)),
    syncBytesPerSecond: perSecond(all.syncBytes),
    awarenessBytesPerSecond: perSecond(all.awarenessBytes),
    participantAwarenessBytesPerSecond: perSecond(participants.awarenessBytes),
  };
}

/** Merges the workers' reports and the orchestrator's own measurements into one relay's figures. */
export function collectResults(measured: ScenarioMeasurements): RelayResult {
  const latencies = new LatencyHistogram();
  const participantTraffic = emptyTrafficByPhase();
  let lost = 0;
  let duplicated = 0;
  const participantCloses: Record<string, number> = {};
  let extensionMessages = measured.facilitatorExtensionMessages;
  for (const report of measured.reports) {
    latencies.merge(report.latency);
    addTraffic(participantTraffic, report.traffic);
    lost += report.lost;
    duplicated += report.duplicated;
    addCloses(participantCloses, report.closesAfterSync);
    extensionMessages += report.extensionMessages;
  }
  const allTraffic = emptyTrafficByPhase();
  addTraffic(allTraffic, participantTraffic);
  addTraffic(allTraffic, measured.facilitatorTraffic);
  const totalClients = measured.clients * measured.sessions;
  const { idleMemory: idle, loadedMemory: loaded } = measured;
  return {
    relay: measured.relay,
    description: measured.description,
    relayProcesses: measured.relayProcesses,
    redisCpuSecondsWriting: measured.redisCpuSeconds,
    redisRssLoadedKb: measured.redisRssKb,
    clients: measured.clients,
    sessions: measured.sessions,
    totalClients,
    workers: measured.workers,
    sentPerSession: measured.sentPerSession,
    expectedReceipts: measured.sentPerSession.reduce((sum, sent) => sum + sent * measured.clients, 0),
    latency: latencies.summary(),
    lost,
    duplicated,
    reconnects: [participantCloses, measured.facilitatorCloses]
      .flatMap((closes) => Object.values(closes))
      .reduce((sum, count) => sum + count, 0),
    participantCloses,
    facilitatorCloses: measured.facilitatorCloses,
    extensionMessages,
    light: measured.light,
    presenceOn: measured.presenceOn,
    startMs: measured.startMs,
    warmUpMs: measured.warmUpMs,
    rssStartKb: measured.startMemory.rssKb,
    relayCpuSecondsWriting: measured.writeCpuSeconds.relay,
    relayCpuSecondsMain: measured.writeCpuSeconds.relayMain,
    relayCpuSecondsOthers: measured.writeCpuSeconds.relayOthers,
    relayCpuSecondsBusiestOther: measured.writeCpuSeconds.relayBusiestOther,
    relayCpuSecondsQuiet: measured.quietCpuSeconds,
    relayCpuPercent: (100 * measured.writeCpuSeconds.relay) / measured.phaseSeconds.write,
    workersCpuPercent: (100 * measured.writeCpuSeconds.workers) / measured.phaseSeconds.write,
    rssIdleKb: idle.rssKb,
    rssLoadedKb: loaded.rssKb,
    rssPerClientKb: (loaded.rssKb - idle.rssKb) / totalClients,
    anonymousRssIdleKb: idle.anonymousRssKb,
    anonymousRssLoadedKb: loaded.anonymousRssKb,
    anonymousRssPerClientKb: (loaded.anonymousRssKb - idle.anonymousRssKb) / totalClients,
    heapIdleKb: idle.heapUsedKb,
    heapLoadedKb: loaded.heapUsedKb,
    heapPerClientKb:
      idle.heapUsedKb === null || loaded.heapUsedKb === null
        ? null
        : (loaded.heapUsedKb - idle.heapUsedKb) / totalClients,
    presence: windowRates(allTraffic.presence, participantTraffic.presence, measured.phaseSeconds.presence),
    writing: windowRates(allTraffic.write, participantTraffic.write, measured.phaseSeconds.write),
    connectSeconds: measured.phaseSeconds.connect,
    joins: measured.joins,
    serverLog: measured.serverLog,
    relayAnomalies: measured.relayAnomalies,
    commits: measured.commits,
    workerOutputLines: measured.workerOutputLines,
    elapsedSeconds: measured.elapsedSeconds,
    loadAverage: measured.loadAverage,
  };
}
