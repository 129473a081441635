import { benchNow } from './benchClock.ts';
import type { ClientSpec } from './benchProtocol.ts';
import type { SyncedProvider } from './openSyncedProvider.ts';
import type { LatencyHistogram } from './percentiles.ts';

/** The shared map the writer fills: key = sequence number, value = send time. */
export const BENCH_MAP = 'bench';

export interface BenchEntry {
  t: number;
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
      const sequence = Number(key);
      const entry = map.get(key);
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
  participant: BenchParticipant,
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
