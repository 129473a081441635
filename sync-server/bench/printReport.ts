import type { BenchOptions } from './benchOptions.ts';
import type { RelayResult } from './collectResults.ts';

interface Row {
  label: string;
  value(result: RelayResult): number | string;
  digits?: number;
  /** Whether an ours/stock ratio means something for this row. */
  ratio?: boolean;
}

/** y-protocols renews a local awareness state once it is half of its 30 s timeout old. */
const AWARENESS_RENEWAL_SECONDS = 15;

const ROWS: Row[] = [
  { label: 'start: spawn to accepting (ms)', value: (result) => result.startMs ?? Number.NaN, ratio: true },
  { label: '  of which warm-up (ms)', value: (result) => result.warmUpMs },
  {
    label: 'relay RSS just started (MB)',
    value: (result) => result.rssStartKb / 1024,
    digits: 1,
    ratio: true,
  },
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
    label: '  main thread / other threads (s)',
    value: (result) =>
      `${result.relayCpuSecondsMain.toFixed(2)} / ${result.relayCpuSecondsOthers.toFixed(2)}`,
  },
  {
    label: 'relay CPU quiet window (s)',
    value: (result) => result.relayCpuSecondsQuiet,
    digits: 2,
    ratio: true,
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

function format(value: number | string, digits = 0): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function presenceWindowNote(seconds: number): string[] {
  if (seconds % AWARENESS_RENEWAL_SECONDS === 0) return [];
  return [
    `  Presence: each client renews its state every ${AWARENESS_RENEWAL_SECONDS} s, so a ${seconds} s window holds` +
      ` whole renewal rounds (1 or 2 per client), not the steady rate; a multiple of ${AWARENESS_RENEWAL_SECONDS} s gives that.`,
  ];
}

/** The human-readable comparison: one column per relay and an ours/stock ratio where both ran. */
export function formatComparison(results: RelayResult[], options: BenchOptions): string {
  const ours = results.find((result) => result.relay === 'ours');
  const stock = results.find((result) => result.relay === 'stock');
  const withRatio = ours !== undefined && stock !== undefined;
  const header = ['', ...results.map((result) => result.relay), ...(withRatio ? ['ours/stock'] : [])];
  const table = ROWS.map((row) => {
    const cells = results.map((result) => format(row.value(result), row.digits));
    if (withRatio) {
      const mine = row.value(ours);
      const theirs = row.value(stock);
      const ratio = row.ratio && typeof mine === 'number' && typeof theirs === 'number' ? mine / theirs : '';
      cells.push(typeof ratio === 'number' ? format(ratio, 2) : '');
    }
    return [row.label, ...cells];
  });
  const widths = header.map((_, column) =>
    Math.max(...[header, ...table].map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) =>
      column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
    );
  const total = options.clients * options.sessions;
  return [
    `Relay benchmark: ${options.sessions} session(s) x ${options.clients} participants = ${total} clients` +
      ` on ${options.workers} worker processes; ${options.rate} updates/s per session for ${options.durationSeconds} s` +
      ` (+${options.drainSeconds} s drain); quiet presence window ${options.presenceWindowSeconds} s.` +
      (options.light
        ? ` Light clients (raw frames, no Y.Doc), presence ${options.presence ? 'as the app sends it' : 'off'}, one facilitator per session.`
        : ''),
    ...results.map((result) => `  ${result.relay}: ${result.description}`),
    '',
    ...[header, ...table].map((cells) => line(cells).join('  ')),
    '',
    'Notes: latency = first observation of an entry by a participant minus its send time (one machine clock),',
    '  including client-side decoding in shared worker processes. Memory: idle just before any WebSocket connects',
    '  (after the HTTP joins), loaded 3 s after all clients synced, each right after a forced full GC through the',
    "  relay's loopback inspector (both relays run with --inspect); RSS = median of 5 samples from 8 s after it.",
    '  Bytes = WebSocket message payloads received by all clients (participants + facilitators), no frame headers.',
    ...presenceWindowNote(options.presenceWindowSeconds),
    ...results.flatMap((result) =>
      result.serverLog.samples.map((sample) => `  ${result.relay} log: ${sample}`),
    ),
  ].join('\n');
}

/** The machine-readable summary of one relay. */
export function summaryFields(result: RelayResult): Record<string, unknown> {
  const round = (value: number, digits: number) =>
    Number.isFinite(value) ? Number(value.toFixed(digits)) : null;
  return {
    relay: result.relay,
    clients: result.clients,
    sessions: result.sessions,
    total_clients: result.totalClients,
    workers: result.workers,
    updates_sent: result.sentPerSession.reduce((sum, sent) => sum + sent, 0),
    p50_ms: round(result.latency.p50, 1),
    p90_ms: round(result.latency.p90, 1),
    p99_ms: round(result.latency.p99, 1),
    max_ms: round(result.latency.max, 1),
    receipts_expected: result.expectedReceipts,
    lost: result.lost,
    duplicated: result.duplicated,
    reconnects: result.reconnects,
    close_codes: { participants: result.participantCloses, facilitators: result.facilitatorCloses },
    relay_cpu_percent_writing: round(result.relayCpuPercent, 0),
    relay_cpu_s_writing: round(result.relayCpuSecondsWriting, 2),
    relay_cpu_s_main: round(result.relayCpuSecondsMain, 2),
    relay_cpu_s_other_threads: round(result.relayCpuSecondsOthers, 2),
    relay_cpu_s_quiet: round(result.relayCpuSecondsQuiet, 2),
    light: result.light,
    presence: result.presenceOn,
    start_ms: result.startMs === null ? null : round(result.startMs, 0),
    warm_up_ms: round(result.warmUpMs, 0),
    idle_rss_mb: round(result.rssStartKb / 1024, 1),
    clients_cpu_percent_writing: round(result.workersCpuPercent, 0),
    rss_idle_kb: result.rssIdleKb,
    rss_loaded_kb: result.rssLoadedKb,
    rss_per_client_kb: round(result.rssPerClientKb, 1),
    anon_rss_per_client_kb: round(result.anonymousRssPerClientKb, 1),
    heap_per_client_kb: result.heapPerClientKb === null ? null : round(result.heapPerClientKb, 1),
    presence_bytes_per_s: round(result.presence.awarenessBytesPerSecond, 0),
    presence_to_participants_bytes_per_s: round(result.presence.participantAwarenessBytesPerSecond, 0),
    quiet_total_bytes_per_s: round(result.presence.totalBytesPerSecond, 0),
    writing_total_bytes_per_s: round(result.writing.totalBytesPerSecond, 0),
    connect_s: round(result.connectSeconds, 1),
    join_requests: result.joins?.requests ?? null,
    join_rate_limited: result.joins?.rateLimited ?? null,
    relay_log: result.serverLog.byLevel,
    relay_anomalies: result.relayAnomalies,
    commit_mean_ms: result.commits.meanMs === null ? null : round(result.commits.meanMs, 1),
    commits_over_100ms_pct:
      result.commits.over100msPercent === null ? null : round(result.commits.over100msPercent, 1),
    elapsed_s: round(result.elapsedSeconds, 1),
    load_avg_1m: result.loadAverage.map((load) => round(load, 2)),
  };
}
