import type { BenchOptions, RelayName } from './benchOptions.ts';
import type { RelayResult } from './collectResults.ts';
import { COMPARISON_ROWS } from './comparisonRows.ts';

/** y-protocols renews a local awareness state once it is half of its 30 s timeout old. */
const AWARENESS_RENEWAL_SECONDS = 15;

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

/** Pairs of relays whose figures are compared as a ratio when both ran: numerator first. */
const RATIO_PAIRS: readonly (readonly [RelayName, RelayName])[] = [
  ['ours', 'stock'],
  ['cluster', 'ours'],
];

/** The human-readable comparison: one column per relay, and ours/stock and cluster/ours ratios where both ran. */
export function formatComparison(results: RelayResult[], options: BenchOptions): string {
  const byName = (name: RelayName) => results.find((result) => result.relay === name);
  const pairs = RATIO_PAIRS.flatMap(([top, bottom]) => {
    const [mine, theirs] = [byName(top), byName(bottom)];
    return mine && theirs ? [{ label: `${top}/${bottom}`, mine, theirs }] : [];
  });
  const header = ['', ...results.map((result) => result.relay), ...pairs.map((pair) => pair.label)];
  const table = COMPARISON_ROWS.map((row) => {
    const cells = results.map((result) => format(row.value(result), row.digits));
    for (const { mine, theirs } of pairs) {
      const [top, bottom] = [row.value(mine), row.value(theirs)];
      const ratio = row.ratio && typeof top === 'number' && typeof bottom === 'number' ? top / bottom : '';
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
    ...(byName('cluster')
      ? [
          `  cluster: ${options.clusterRelays} relay processes on one redis-server, every session's devices dealt out over`,
          '  all of them (no routing by session: the worst case); its CPU, RSS and heap are the sum of its relays,',
          "  Redis's own apart. Its rows' ratio to ours shows what scale-out costs.",
        ]
      : []),
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
    relay_processes: result.relayProcesses,
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
    relay_cpu_s_busiest_other_thread: round(result.relayCpuSecondsBusiestOther, 2),
    relay_cpu_s_quiet: round(result.relayCpuSecondsQuiet, 2),
    redis_cpu_s_writing:
      result.redisCpuSecondsWriting === null ? null : round(result.redisCpuSecondsWriting, 2),
    redis_rss_mb: result.redisRssLoadedKb === null ? null : round(result.redisRssLoadedKb / 1024, 1),
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
