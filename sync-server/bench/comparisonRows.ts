import type { RelayResult } from './collectResults.ts';

/** One line of the comparison: a label and how to read its figure from each relay's result. */
export interface ComparisonRow {
  label: string;
  value(result: RelayResult): number | string;
  digits?: number;
  /** Whether a ratio between two relays (ours/stock, cluster/ours) means something for this row. */
  ratio?: boolean;
}

type Read = (result: RelayResult) => number | null;

/** Idle, loaded and per-client rows of one memory figure, in MB, MB and KB; a relay without it reads NaN. */
function memoryRows(name: string, idleKb: Read, loadedKb: Read, perClientKb: Read): ComparisonRow[] {
  return [
    {
      label: `${name} idle (MB)`,
      value: (result) => (idleKb(result) ?? Number.NaN) / 1024,
      digits: 1,
      ratio: true,
    },
    {
      label: `${name} loaded (MB)`,
      value: (result) => (loadedKb(result) ?? Number.NaN) / 1024,
      digits: 1,
      ratio: true,
    },
    {
      label: `${name} per client (KB)`,
      value: (result) => perClientKb(result) ?? Number.NaN,
      digits: 1,
      ratio: true,
    },
  ];
}

/** A traffic figure in bytes a second, whole numbers. */
function bytesRow(label: string, bytesPerSecond: (result: RelayResult) => number): ComparisonRow {
  return { label, value: bytesPerSecond, digits: 0, ratio: true };
}

/** The rows of the side-by-side comparison, one figure of each relay run per row. */
export const COMPARISON_ROWS: ComparisonRow[] = [
  { label: 'start: spawn to accepting (ms)', value: (result) => result.startMs ?? Number.NaN, ratio: true },
  { label: '  then warm-up, once listening (ms)', value: (result) => result.warmUpMs },
  {
    label: 'relay RSS just started (MB)',
    value: (result) => result.rssStartKb / 1024,
    digits: 1,
    ratio: true,
  },
  { label: 'relay processes', value: (result) => result.relayProcesses },
  { label: 'latency p50 (ms)', value: (result) => result.latency.p50, digits: 1, ratio: true },
  { label: 'latency p90 (ms)', value: (result) => result.latency.p90, digits: 1, ratio: true },
  { label: 'latency p99 (ms)', value: (result) => result.latency.p99, digits: 1, ratio: true },
  { label: 'latency max (ms)', value: (result) => result.latency.max, digits: 1, ratio: true },
  { label: 'latency mean (ms)', value: (result) => result.latency.mean, digits: 1, ratio: true },
  { label: 'updates sent per session', value: (result) => result.sentPerSession.join('/') },
  { label: 'receipts expected', value: (result) => result.expectedReceipts },
  { label: 'receipts observed', value: (result) => result.latency.count },
  { label: 'lost (client x seq)', value: (result) => result.lost },
  { label: 'duplicated', value: (result) => result.duplicated },
  { label: 'reconnects after sync', value: (result) => result.reconnects },
  {
    label: '  close codes participants/facilitators',
    value: (result) =>
      `${formatCloses(result.participantCloses)} / ${formatCloses(result.facilitatorCloses)}`,
  },
  { label: 'extension messages (type>=100)', value: (result) => result.extensionMessages },
  ...memoryRows(
    'relay RSS',
    (result) => result.rssIdleKb,
    (result) => result.rssLoadedKb,
    (result) => result.rssPerClientKb,
  ),
  ...memoryRows(
    'relay anon RSS',
    (result) => result.anonymousRssIdleKb,
    (result) => result.anonymousRssLoadedKb,
    (result) => result.anonymousRssPerClientKb,
  ),
  ...memoryRows(
    'relay JS heap',
    (result) => result.heapIdleKb,
    (result) => result.heapLoadedKb,
    (result) => result.heapPerClientKb,
  ),
  bytesRow('presence bytes/s (quiet)', (result) => result.presence.awarenessBytesPerSecond),
  bytesRow('  of which to participants', (result) => result.presence.participantAwarenessBytesPerSecond),
  bytesRow('all bytes/s (quiet)', (result) => result.presence.totalBytesPerSecond),
  bytesRow('all bytes/s (writing)', (result) => result.writing.totalBytesPerSecond),
  bytesRow('  sync bytes/s (writing)', (result) => result.writing.syncBytesPerSecond),
  bytesRow('  presence bytes/s (writing)', (result) => result.writing.awarenessBytesPerSecond),
  {
    label: 'relay CPU writing (% of a core)',
    value: (result) => result.relayCpuPercent,
    digits: 0,
    ratio: true,
  },
  {
    label: 'relay CPU writing (s)',
    value: (result) => result.relayCpuSecondsWriting,
    digits: 2,
    ratio: true,
  },
  {
    label: '  main thread / other threads (busiest) (s)',
    value: (result) =>
      `${result.relayCpuSecondsMain.toFixed(2)} / ${result.relayCpuSecondsOthers.toFixed(2)}` +
      ` (${result.relayCpuSecondsBusiestOther.toFixed(2)})`,
  },
  {
    label: 'relay CPU quiet window (s)',
    value: (result) => result.relayCpuSecondsQuiet,
    digits: 2,
    ratio: true,
  },
  {
    label: 'redis-server CPU writing (s)',
    value: (result) => result.redisCpuSecondsWriting ?? Number.NaN,
    digits: 2,
  },
  {
    label: 'redis-server RSS loaded (MB)',
    value: (result) => (result.redisRssLoadedKb ?? Number.NaN) / 1024,
    digits: 1,
  },
  { label: 'clients CPU writing (% of a core)', value: (result) => result.workersCpuPercent, digits: 0 },
  { label: 'connect + sync all (s)', value: (result) => result.connectSeconds, digits: 1, ratio: true },
  {
    label: 'join requests / 429s',
    value: (result) => (result.joins ? `${result.joins.requests} / ${result.joins.rateLimited}` : '-'),
  },
  {
    label: 'relay log (non-info)',
    value: (result) =>
      Object.entries(result.serverLog.byLevel)
        .filter(([level]) => level !== 'info' && level !== 'debug')
        .map(([level, count]) => `${level}:${count}`)
        .join(' ') || 'none',
  },
  {
    label: 'relay anomaly counters',
    value: (result) =>
      result.relayAnomalies === null
        ? '-'
        : Object.entries(result.relayAnomalies)
            .map(([name, count]) => `${name.replace('peerloom_', '')}:${count}`)
            .join(' ') || 'none',
  },
  {
    label: 'relay commit, queued to durable: mean ms',
    value: (result) => result.commits.meanMs ?? Number.NaN,
    digits: 1,
  },
  {
    label: '  commits over 100 ms (%)',
    value: (result) => result.commits.over100msPercent ?? Number.NaN,
    digits: 1,
  },
  { label: 'worker output lines', value: (result) => result.workerOutputLines },
  { label: 'relay run time (s)', value: (result) => result.elapsedSeconds, digits: 0 },
  {
    label: 'machine load 1 min (start/end)',
    value: (result) => result.loadAverage.map((load) => load.toFixed(2)).join(' / '),
  },
];

function formatCloses(closes: Record<string, number>): string {
  const entries = Object.entries(closes);
  return entries.length === 0 ? '-' : entries.map(([code, count]) => `${code}x${count}`).join(' ');
}
