import type { RelayResult } from './collectResults.ts';

/** One line of the comparison: a label and how to read its figure from each relay's result. */
export interface ComparisonRow {
  label: string;
  value(result: RelayResult): number | string;
  digits?: number;
  /** Whether a ratio between two relays (ours/stock, cluster/ours) means something for this row. */
  ratio?: boolean;
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
  { label: 'relay RSS idle (MB)', value: (result) => result.rssIdleKb / 1024, digits: 1, ratio: true },
  { label: 'relay RSS loaded (MB)', value: (result) => result.rssLoadedKb / 1024, digits: 1, ratio: true },
  { label: 'relay RSS per client (KB)', value: (result) => result.rssPerClientKb, digits: 1, ratio: true },
  {
    label: 'relay anon RSS idle (MB)',
    value: (result) => result.anonymousRssIdleKb / 1024,
    digits: 1,
    ratio: true,
  },
  {
    label: 'relay anon RSS loaded (MB)',
    value: (result) => result.anonymousRssLoadedKb / 1024,
    digits: 1,
    ratio: true,
  },
  {
    label: 'relay anon RSS per client (KB)',
    value: (result) => result.anonymousRssPerClientKb,
    digits: 1,
    ratio: true,
  },
  {
    label: 'relay JS heap idle (MB)',
    value: (result) => (result.heapIdleKb ?? Number.NaN) / 1024,
    digits: 1,
    ratio: true,
  },
  {
    label: 'relay JS heap loaded (MB)',
    value: (result) => (result.heapLoadedKb ?? Number.NaN) / 1024,
    digits: 1,
    ratio: true,
  },
  {
    label: 'relay JS heap per client (KB)',
    value: (result) => result.heapPerClientKb ?? Number.NaN,
    digits: 1,
    ratio: true,
  },
  {
    label: 'presence bytes/s (quiet)',
    value: (result) => result.presence.awarenessBytesPerSecond,
    digits: 0,
    ratio: true,
  },
  {
    label: '  of which to participants',
    value: (result) => result.presence.participantAwarenessBytesPerSecond,
    digits: 0,
    ratio: true,
  },
  {
    label: 'all bytes/s (quiet)',
    value: (result) => result.presence.totalBytesPerSecond,
    digits: 0,
    ratio: true,
  },
  {
    label: 'all bytes/s (writing)',
    value: (result) => result.writing.totalBytesPerSecond,
    digits: 0,
    ratio: true,
  },
  {
    label: '  sync bytes/s (writing)',
    value: (result) => result.writing.syncBytesPerSecond,
    digits: 0,
    ratio: true,
  },
  {
    label: '  presence bytes/s (writing)',
    value: (result) => result.writing.awarenessBytesPerSecond,
    digits: 0,
    ratio: true,
  },
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
