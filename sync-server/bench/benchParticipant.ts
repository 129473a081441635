import { ROOM_MAPS } from '@peerloom/protocol';
import { benchNow } from './benchClock.ts';
import type { ClientSpec } from './benchProtocol.ts';
import type { SyncedProvider } from './openSyncedProvider.ts';
import type { LatencyHistogram } from './percentiles.ts';

/**
 * The map the writer fills: a participant's own answers (`SLOT/WRITER_ID`), so that each write goes
 * through the relay's guard as a participant's would; the writer cycles over `BENCH_SLOTS` keys.
 */
export const BENCH_MAP = ROOM_MAPS.answers;
export const BENCH_SLOTS = 64;

export interface BenchEntry {
  /** Sequence number. */
  s: number;
  /** Send time. */
  t: number;
  /** The same two as text (`benchMarker`), for light readers that have no Y.Doc. */
  m?: string;
}

/** Receipt bookkeeping for one participant: how often each sequence number was observed. */
export interface BenchParticipant {
  spec: ClientSpec;
  connection: SyncedProvider;
  receiptCounts: Uint8Array;
}

/** Observes the bench map of `connection`, recording the latency of each first receipt into `latencies`. */
export function observeBenchMap(
  spec: ClientSpec,
  connection: SyncedProvider,
  sequenceCount: number,
  latencies: LatencyHistogram,
): BenchParticipant {
  const receiptCounts = new Uint8Array(sequenceCount);
  const map = connection.doc.getMap<BenchEntry>(BENCH_MAP);
  map.observe((event) => {
    const receivedAt = benchNow();
    for (const key of event.keysChanged) {
      const entry = map.get(key);
      const sequence = entry?.s ?? -1;
      if (!Number.isInteger(sequence) || sequence < 0 || sequence >= sequenceCount || !entry) continue;
      const previous = receiptCounts[sequence] ?? 0;
      if (previous === 0) latencies.record(receivedAt - entry.t);
      receiptCounts[sequence] = Math.min(255, previous + 1);
    }
  });
  return { spec, connection, receiptCounts };
}

/** Sequence numbers below `sent` never observed, and observations beyond the first. */
export function countReceipts(
  participant: Pick<BenchParticipant, 'receiptCounts'>,
  sent: number,
): { lost: number; duplicated: number } {
  let lost = 0;
  let duplicated = 0;
  for (let sequence = 0; sequence < Math.min(sent, participant.receiptCounts.length); sequence++) {
    const count = participant.receiptCounts[sequence] ?? 0;
    if (count === 0) lost++;
    else duplicated += count - 1;
  }
  return { lost, duplicated };
}
