import type { RelayName } from './benchOptions.ts';
import type { LoopDelay } from './createProtocol.ts';
import type { ForwardBreakdown } from './forwardBreakdown.ts';
import type { MemorySample } from './measureRss.ts';
import type { ProcessScheduling } from './measureScheduling.ts';
import type { LatencySummary } from './percentiles.ts';
import type { StallReport } from './StallMonitor.ts';

/** What one relay's run of `bench:create` measured. */
export interface CreateResult {
  relay: RelayName;
  description: string;
  clients: number;
  groups: number;
  keystrokes: number;
  latency: LatencySummary;
  /** Keystrokes missing from another member's copy after the drain. */
  lostByMembers: number;
  /** Keystrokes missing from the facilitator's or the projector's copy after the drain. */
  lostByViewers: number;
  closes: Record<string, number>;
  relayCpuPercent: number;
  clientsCpuPercent: number;
  idleMemory: MemorySample;
  loadedMemory: MemorySample;
  typedMemory: MemorySample;
  connectionsPerDevice: { participant: number; facilitator: number; projector: number };
  /** Bytes/s the members received while typing, all of them together, by kind. */
  memberSyncBytesPerSecond: number;
  memberPresenceBytesPerSecond: number;
  typingSeconds: number;
  connectSeconds: number;
  relayAnomalies: Record<string, number> | null;
  relayLog: Record<string, number>;
  loadAverage: [number, number];
  /** Nice values while typing (`benchPriority.ts`): the server's and the viewers'; the members' workers run at the bench's own. */
  serverNice: number;
  viewerNice: number;
  /** Event-loop delay while typing: the busiest bench worker's, the orchestrator's (viewers), the relay's. */
  loopDelay: { workers: LoopDelay; orchestrator: LoopDelay; relay: LoopDelay | null };
  /** Event-loop stalls while typing: the worker with the longest one, and the orchestrator (viewers). */
  stalls: { worker: StallReport; orchestrator: StallReport };
  /** Garbage collection in the relay while typing (prom-client's histogram), in ms, by kind. */
  relayGc: Record<string, { count: number; totalMs: number }> | null;
  /** Top self-time functions of the relay while typing, when profiled. */
  relayProfileTop: string[] | null;
  /** Relay messages received and sent while typing, per keystroke typed (ours only). */
  relayMessagesPerKeystroke: { in: number; out: number } | null;
  /** Each keystroke's latency split into stages (relay's forward trace joined with the receipts); ours only. */
  breakdown: ForwardBreakdown | null;
  /** CPU and run-queue wait of each process while typing: the relay, each bench worker, the orchestrator. */
  scheduling: { relay: ProcessScheduling; workers: ProcessScheduling[]; orchestrator: ProcessScheduling };
  /** Share of the typing time during which some task of the machine waited for a CPU (PSI); null without PSI. */
  cpuPressure: number | null;
}
