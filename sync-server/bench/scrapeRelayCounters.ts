const SAMPLE = /^(peerloom_(?!process_)[a-z_]+(?:\{[^}]*\})?)\s+(\S+)$/;
const COMMIT_BUCKET = 'peerloom_commit_seconds_bucket';
const PROCESS_SAMPLE = /^(peerloom_[a-z0-9_]+(?:\{[^}]*\})?)\s+(\S+)$/;

/**
 * The relay's own `peerloom_*` series from its Prometheus endpoint, or null if it has none;
 * `withProcess` adds the `peerloom_process_*` series (event-loop lag, reset at each scrape).
 */
export async function scrapeRelayCounters(
  baseUrl: string,
  path: string,
  withProcess = false,
): Promise<Record<string, number> | null> {
  try {
    const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) return null;
    const counters: Record<string, number> = {};
    for (const line of (await response.text()).split('\n')) {
      const match = (withProcess ? PROCESS_SAMPLE : SAMPLE).exec(line);
      const kept = match?.[1] && (!match[1].includes('_bucket') || match[1].startsWith(COMMIT_BUCKET));
      if (match?.[1] && kept && match[2] !== undefined) {
        counters[match[1]] = Number(match[2]);
      }
    }
    return counters;
  } catch {
    return null;
  }
}

/** Counters whose name says something went wrong (dropped, rejected, slow clients), when not zero. */
export function anomalyCounters(counters: Record<string, number> | null): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counters ?? {}).filter(
      ([name, value]) => /dropped|rejected|slow|error/.test(name) && value !== 0,
    ),
  );
}

/**
 * From the relay's `peerloom_commit_seconds` histogram (queued to durable, fsync included): the mean in ms and
 * the share of commits that took over 100 ms, in percent; nulls without it.
 */
export function commitStats(counters: Record<string, number> | null): {
  meanMs: number | null;
  over100msPercent: number | null;
} {
  const count = counters?.peerloom_commit_seconds_count ?? 0;
  const sum = counters?.peerloom_commit_seconds_sum;
  const within100ms = counters?.[`${COMMIT_BUCKET}{le="0.1"}`];
  if (!count || sum === undefined || within100ms === undefined)
    return { meanMs: null, over100msPercent: null };
  return { meanMs: (1000 * sum) / count, over100msPercent: (100 * (count - within100ms)) / count };
}
