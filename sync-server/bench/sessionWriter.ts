import type * as Y from 'yjs';
import { benchNow, sleep } from './benchClock.ts';
import { benchMarker } from './benchMarker.ts';
import { BENCH_MAP, BENCH_SLOTS, type BenchEntry } from './benchParticipant.ts';
import { openSyncedProvider, type ProviderSpec, type SyncedProvider } from './openSyncedProvider.ts';
import type { PreparedSession } from './relayTargets.ts';
import type { TrafficMeter } from './trafficMeter.ts';

const WRITER_SYNC_TIMEOUT_MS = 30_000;

/** One participant of each session (not among the observers), writing numbered entries under its own keys. */
export class SessionWriter {
  readonly connection: SyncedProvider;
  private readonly map: Y.Map<BenchEntry>;
  sent = 0;

  constructor(
    spec: ProviderSpec,
    private readonly writerId: string,
    meter: TrafficMeter,
    onExtensionMessage: () => void,
    timeoutMs: number,
    /** Whether each entry also carries its `benchMarker` text, for light readers. */
    private readonly marked = false,
  ) {
    this.connection = openSyncedProvider(spec, meter, onExtensionMessage, timeoutMs);
    this.map = this.connection.doc.getMap<BenchEntry>(BENCH_MAP);
  }

  write(sequence: number): void {
    const sentAt = benchNow();
    this.map.set(
      `b${sequence % BENCH_SLOTS}/${this.writerId}`,
      this.marked ? { s: sequence, t: sentAt, m: benchMarker(sequence, sentAt) } : { s: sequence, t: sentAt },
    );
    this.sent = sequence + 1;
  }

  /** Writes `count` entries at `rate` per second, starting `offsetMs` from now, on a drift-free schedule. */
  async writeAtRate(count: number, rate: number, offsetMs: number): Promise<void> {
    const start = performance.now() + offsetMs;
    for (let sequence = 0; sequence < count; sequence++) {
      const wait = start + (sequence * 1000) / rate - performance.now();
      if (wait > 0) await sleep(wait);
      this.write(sequence);
    }
  }

  destroy(): void {
    this.connection.destroy();
  }
}

/**
 * One writer per session, on the session's room document, counting traffic through `meter`; `serverUrl` may
 * depend on the session's index (relays dealt out in turn).
 */
export function openSessionWriters(
  sessions: PreparedSession[],
  serverUrl: string | ((sessionIndex: number) => string),
  meter: TrafficMeter,
  onExtensionMessage: () => void,
  marked = false,
): SessionWriter[] {
  return sessions.map((session, index) => {
    const spec = {
      serverUrl: typeof serverUrl === 'string' ? serverUrl : serverUrl(index),
      room: `${session.sessionId}/room`,
      params: session.writerParams,
      userId: session.writerId,
      userName: `Writer ${index + 1}`,
    };
    return new SessionWriter(
      spec,
      session.writerId,
      meter,
      onExtensionMessage,
      WRITER_SYNC_TIMEOUT_MS,
      marked,
    );
  });
}
