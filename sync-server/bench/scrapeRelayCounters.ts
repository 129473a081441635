const SAMPLE = /^(peerloom_(?!process_)[a-z_]+(?:\{[^}]*\})?)\s+(\S+)$/;
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
      if (match?.[1] && !match[1].includes('_bucket') && match[2] !== undefined) {
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
