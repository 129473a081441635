import type { HistogramData } from './percentiles.ts';

export type BenchPhase = 'connect' | 'presence' | 'write' | 'drain';

export const BENCH_PHASES: readonly BenchPhase[] = ['connect', 'presence', 'write', 'drain'];

/** Bytes of WebSocket message payloads received, by y-websocket message type. */
export interface TrafficCounters {
  syncBytes: number;
  awarenessBytes: number;
  otherBytes: number;
  messages: number;
}

export type TrafficByPhase = Record<BenchPhase, TrafficCounters>;

/** One simulated participant: where it connects and who it says it is. */
export interface ClientSpec {
  sessionIndex: number;
  serverUrl: string;
  room: string;
  params: Record<string, string>;
  userId: string;
  userName: string;
}

export interface WorkerReport {
  latency: HistogramData;
  lost: number;
  duplicated: number;
  traffic: TrafficByPhase;
  /** Connection losses after the first sync, by WebSocket close code. */
  closesAfterSync: Record<string, number>;
  extensionMessages: number;
  clients: number;
}

export type ToWorker =
  | {
      type: 'connect';
      clients: ClientSpec[];
      sequenceCount: number;
      batchSize: number;
      timeoutMs: number;
      /** Light clients only: whether participants announce presence as the app does. */
      presence?: boolean;
    }
  | { type: 'phase'; phase: BenchPhase }
  | { type: 'report'; sentPerSession: number[] }
  | { type: 'stop' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'connected'; clients: number }
  | { type: 'phase'; phase: BenchPhase }
  | { type: 'report'; report: WorkerReport }
  | { type: 'failed'; message: string };

/** Adds close-code tallies from `source` into `target`. */
export function addCloses(target: Record<string, number>, source: Record<string, number>): void {
  for (const [code, count] of Object.entries(source)) target[code] = (target[code] ?? 0) + count;
}

/** Counters at zero. */
export function emptyTraffic(): TrafficCounters {
  return { syncBytes: 0, awarenessBytes: 0, otherBytes: 0, messages: 0 };
}

/** Counters at zero for every phase. */
export function emptyTrafficByPhase(): TrafficByPhase {
  return { connect: emptyTraffic(), presence: emptyTraffic(), write: emptyTraffic(), drain: emptyTraffic() };
}

/** Adds `source` into `target` for every phase. */
export function addTraffic(target: TrafficByPhase, source: TrafficByPhase): void {
  for (const phase of BENCH_PHASES) {
    target[phase].syncBytes += source[phase].syncBytes;
    target[phase].awarenessBytes += source[phase].awarenessBytes;
    target[phase].otherBytes += source[phase].otherBytes;
    target[phase].messages += source[phase].messages;
  }
}
