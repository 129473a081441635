/** Figures read from two scrapes of the relay's /metrics (before and after typing). */
/** Garbage collections between two scrapes of prom-client's `nodejs_gc_duration_seconds`, by kind. */
export function garbageCollection(before: Record<string, number>, after: Record<string, number>) {
  const byKind: Record<string, { count: number; totalMs: number }> = {};
  for (const [series, value] of Object.entries(after)) {
    const match = /^peerloom_process_nodejs_gc_duration_seconds_(sum|count)\{kind="([a-z]+)"\}$/.exec(series);
    if (!match?.[1] || !match[2]) continue;
    const entry = byKind[match[2]] ?? { count: 0, totalMs: 0 };
    byKind[match[2]] = entry;
    const delta = value - (before[series] ?? 0);
    if (match[1] === 'sum') entry.totalMs = delta * 1000;
    else entry.count = delta;
  }
  return byKind;
}

export function perKeystroke(
  before: Record<string, number>,
  after: Record<string, number>,
  series: string,
  typedByGroup: Map<number, number>,
): number {
  const keystrokes = [...typedByGroup.values()].reduce((sum, count) => sum + count, 0);
  return ((after[series] ?? Number.NaN) - (before[series] ?? Number.NaN)) / keystrokes;
}
