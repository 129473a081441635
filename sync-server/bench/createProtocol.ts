import type { TrafficByPhase } from './benchProtocol.ts';
import type { HistogramData } from './percentiles.ts';
import type { StallReport } from './StallMonitor.ts';

/** The root XmlFragment the bench types into, as a template field of a production would be. */
export const CREATE_FIELD = 'field:F1';

/** One participant device of the create bench: its three documents and who it is. */
export interface MemberSpec {
  name: string;
  color: string;
  params: Record<string, string>;
}

/** One group of the create bench: its production document and its members, all in one worker. */
export interface GroupSpec {
  groupIndex: number;
  serverUrl: string;
  /** Paths of the documents every member opens: control, room and the group's production. */
  controlPath: string;
  roomPath: string;
  groupPath: string;
  members: MemberSpec[];
}

/** Event-loop delay of a process while the members typed, in ms (perf_hooks.monitorEventLoopDelay). */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

export interface CreateWorkerReport {
  /** How late this worker's event loop ran while typing: its own saturation, not the relay's. */
  loopDelay: LoopDelay;
  /** Its event-loop stalls while typing, and the garbage collection in them. */
  stalls: StallReport;
  latency: HistogramData;
  /** Keystrokes typed, per group index, per member position. */
  typed: Record<number, number[]>;
  lost: number;
  sockets: number;
  closesAfterSync: Record<string, number>;
  clients: number;
  /** Bytes received by the members, by message type and phase (`write` while typing). */
  traffic: TrafficByPhase;
  /** Every keystroke receipt (KeystrokeReceipts), as float64 values, to join with the relay's forward trace. */
  receiptsFile: string;
}

export type ToCreateWorker =
  /** `light`: members on raw frames with no Y.Doc per received document (LightTypingGroup). */
  | { type: 'connect'; groups: GroupSpec[]; timeoutMs: number; light: boolean }
  | { type: 'type'; durationSeconds: number; keysPerSecond: number }
  | { type: 'report'; traceDir: string }
  | { type: 'stop' };

export type FromCreateWorker =
  | { type: 'ready' }
  | { type: 'connected'; clients: number }
  | { type: 'typed' }
  | { type: 'report'; report: CreateWorkerReport }
  | { type: 'failed'; message: string };
