import type { RelayResult } from './collectResults.ts';

/** The latency budget a load must hold to count as carried (DESIGN.md §7). */
export const P99_BUDGET_MS = 150;

export interface CapacityRow {
  relay: string;
  sessions: number;
  clients: number;
  p50_ms: number;
  p99_ms: number;
  lost: number;
  relay_cpu_percent: number;
  rss_per_client_kb: number;
  heap_per_client_kb: number | null;
  /** Commits (fsync) over 100 ms, in %: where a high p99 comes from the disk. */
  commits_over_100ms_pct: number | null;
  load_avg_1m: number;
  /** Why the run did not complete (its figures are then NaN, null in JSON). */
  failed?: string;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** One row per run: the load, its latency, and what the relay spent on it. */
export function capacityRows(results: RelayResult[]): CapacityRow[] {
  return results.map((result) => ({
    relay: result.relay,
    sessions: result.sessions,
    clients: result.totalClients,
    p50_ms: round(result.latency.p50, 1),
    p99_ms: round(result.latency.p99, 1),
    lost: result.lost,
    relay_cpu_percent: round(result.relayCpuPercent, 0),
    rss_per_client_kb: round(result.rssPerClientKb, 1),
    heap_per_client_kb: result.heapPerClientKb === null ? null : round(result.heapPerClientKb, 1),
    commits_over_100ms_pct:
      result.commits.over100msPercent === null ? null : round(result.commits.over100msPercent, 1),
    load_avg_1m: round(result.loadAverage[1], 2),
  }));
}

/** A run that did not complete, e.g. clients that could not all connect. */
export function failedRow(relay: string, sessions: number, clients: number, reason: string): CapacityRow {
  return {
    relay,
    sessions,
    clients,
    p50_ms: Number.NaN,
    p99_ms: Number.NaN,
    lost: Number.NaN,
    relay_cpu_percent: Number.NaN,
    rss_per_client_kb: Number.NaN,
    heap_per_client_kb: null,
    commits_over_100ms_pct: null,
    load_avg_1m: Number.NaN,
    failed: reason.slice(0, 200),
  };
}

/** The most sessions a relay carried with p99 within budget and nothing lost, at every count up to it. */
export function largestCarried(rows: CapacityRow[], relay: string): number {
  let carried = 0;
  for (const row of rows
    .filter((candidate) => candidate.relay === relay)
    .sort((a, b) => a.sessions - b.sessions)) {
    if (row.failed || !(row.p99_ms <= P99_BUDGET_MS) || row.lost > 0) break;
    carried = row.sessions;
  }
  return carried;
}

/** The capacity table as text, with the closing line per relay. */
export function formatCapacity(rows: CapacityRow[], clientsPerSession: number): string {
  const header = [
    'relay',
    'sessions',
    'clients',
    'p50 ms',
    'p99 ms',
    'lost',
    'relay CPU %',
    'RSS/client KB',
    'heap/client KB',
    'commits>100ms %',
    'load',
  ];
  const lines = rows.map((row) =>
    row.failed
      ? [row.relay, String(row.sessions), String(row.clients), 'failed']
      : [
          row.relay,
          String(row.sessions),
          String(row.clients),
          row.p50_ms.toFixed(1),
          row.p99_ms.toFixed(1),
          String(row.lost),
          String(row.relay_cpu_percent),
          row.rss_per_client_kb.toFixed(1),
          row.heap_per_client_kb === null ? '-' : row.heap_per_client_kb.toFixed(1),
          row.commits_over_100ms_pct === null ? '-' : row.commits_over_100ms_pct.toFixed(1),
          row.load_avg_1m.toFixed(2),
        ],
  );
  const widths = header.map((_, column) =>
    Math.max(...[header, ...lines].map((cells) => (cells[column] ?? '').length)),
  );
  const relays = [...new Set(rows.map((row) => row.relay))];
  return [
    `Capacity: sessions of ${clientsPerSession} participants, one writer each at the bench's rate`,
    ...[header, ...lines].map((cells) =>
      cells
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    ),
    ...rows
      .filter((row) => row.failed)
      .map((row) => `  ${row.relay} at ${row.sessions} session(s) failed: ${row.failed}`),
    ...relays.map(
      (relay) =>
        `  ${relay}: largest load run with p99 <= ${P99_BUDGET_MS} ms and 0 lost: ${largestCarried(rows, relay)} session(s) of ${clientsPerSession}` +
        ` (only the counts run above; a larger count may hold too).`,
    ),
  ].join('\n');
}
