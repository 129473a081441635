import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RelayCounters } from '../rooms/RelayCounters.ts';
import type { RoomRegistry } from '../rooms/RoomRegistry.ts';
import type { CommitQueue } from '../storage/CommitQueue.ts';

/** The event-loop lag histogram's sampling interval; its percentiles are the time between samples, so they include it. */
export const EVENT_LOOP_SAMPLE_MS = 100;

/** Prometheus metrics for /metrics; gauges and running totals are read when scraped. */
export function createMetrics(
  read: () => { rooms: RoomRegistry; counters: RelayCounters; commits: CommitQueue },
) {
  const registry = new Registry();
  // The event-loop lag histogram samples every 100 ms, not prom-client's 10 ms: 100 wake-ups a second cost an idle
  // relay 3.5 ms of CPU a second (0.07 s of a 20 s bench window); a stall still shows at its full length.
  collectDefaultMetrics({
    register: registry,
    prefix: 'peerloom_process_',
    eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS,
  });
  const gauge = (name: string, help: string, value: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(value());
      },
    });
  const total = (name: string, help: string, value: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(value());
      },
    });
  gauge(
    'peerloom_connections',
    'Open sync connections, one per document per device (a hub socket counts once per document it carries).',
    () => read().rooms.connectionCount,
  );
  gauge(
    'peerloom_hub_sockets',
    'Open hub sockets (several documents on one socket).',
    () => read().counters.hubSockets,
  );
  gauge(
    'peerloom_hub_documents',
    'Documents carried by hub sockets, summed over sockets.',
    () => read().counters.hubDocuments,
  );
  gauge(
    'peerloom_writes_not_durable',
    'Writes received and applied in memory, not committed yet (other devices get them once committed).',
    () => read().commits.notDurable,
  );
  gauge('peerloom_documents_loaded', 'Documents held in memory.', () => read().rooms.size);
  gauge(
    'peerloom_sessions_loaded',
    'Sessions with at least one document in memory.',
    () => read().rooms.sessionCount,
  );
  total(
    'peerloom_commit_failures_total',
    'Group commits storage refused (disk or Redis failing); their writes are kept and retried, unacknowledged.',
    () => read().counters.commitFailures,
  );
  total(
    'peerloom_forwarded_before_durable_total',
    'Updates and sync replies given to devices before their commit was durable, because storage stalled.',
    () => read().counters.forwardedBeforeDurable,
  );
  total(
    'peerloom_dropped_writes_total',
    'Writes dropped because the sender may not write that document.',
    () => read().counters.droppedWrites,
  );
  total(
    'peerloom_refused_writes_total',
    "Participant updates refused for breaking the contract (another person's key, a nested type, too big).",
    () => read().counters.refusedWrites,
  );
  total(
    'peerloom_rejected_frames_total',
    'Frames that closed their connection (malformed, too big, too many).',
    () => read().counters.rejectedFrames,
  );
  total(
    'peerloom_slow_clients_dropped_total',
    'Connections closed because their send buffer stayed too full.',
    () => read().counters.slowClientsDropped,
  );
  total(
    'peerloom_presence_bytes_out_total',
    'Awareness bytes sent to clients.',
    () => read().counters.presenceBytesOut,
  );

  // Counted in plain numbers, read when scraped: `received` and `sent` run once per frame (300 a keystroke).
  const traffic = { messagesIn: 0, messagesOut: 0, bytesIn: 0, bytesOut: 0 };
  total('peerloom_messages_in_total', 'Messages received.', () => traffic.messagesIn);
  total('peerloom_messages_out_total', 'Messages sent.', () => traffic.messagesOut);
  total('peerloom_bytes_in_total', 'Bytes received.', () => traffic.bytesIn);
  total('peerloom_bytes_out_total', 'Bytes sent.', () => traffic.bytesOut);
  const joins = new Counter({
    name: 'peerloom_joins_total',
    help: 'Join requests by outcome.',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const commitSeconds = new Histogram({
    name: 'peerloom_commit_seconds',
    help: 'From an update being queued to its group commit being durable.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });

  return {
    registry,
    received(bytes: number) {
      traffic.messagesIn++;
      traffic.bytesIn += bytes;
    },
    sent(bytes: number) {
      traffic.messagesOut++;
      traffic.bytesOut += bytes;
    },
    joined: (outcome: string) => joins.inc({ outcome }),
    committed: (seconds: number) => commitSeconds.observe(seconds),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
