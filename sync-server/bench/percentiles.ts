/** Latencies kept as counts per tenth of a millisecond: exact to 0.1 ms, small, and mergeable across processes. */
export type HistogramData = Array<[tenths: number, count: number]>;

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** A mergeable latency histogram with 0.1 ms buckets. */
export class LatencyHistogram {
  private readonly counts = new Map<number, number>();
  private total = 0;
  private sum = 0;

  record(milliseconds: number): void {
    const tenths = Math.max(0, Math.round(milliseconds * 10));
    this.counts.set(tenths, (this.counts.get(tenths) ?? 0) + 1);
    this.total++;
    this.sum += tenths;
  }

  merge(data: HistogramData): void {
    for (const [tenths, count] of data) {
      this.counts.set(tenths, (this.counts.get(tenths) ?? 0) + count);
      this.total += count;
      this.sum += tenths * count;
    }
  }

  toData(): HistogramData {
    return Array.from(this.counts.entries());
  }

  /** Nearest-rank percentile in milliseconds; NaN when empty. */
  percentile(fraction: number): number {
    if (this.total === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(fraction * this.total));
    let seen = 0;
    for (const tenths of Array.from(this.counts.keys()).sort((a, b) => a - b)) {
      seen += this.counts.get(tenths) ?? 0;
      if (seen >= rank) return tenths / 10;
    }
    return Number.NaN;
  }

  summary(): LatencySummary {
    return {
      count: this.total,
      mean: this.total === 0 ? Number.NaN : this.sum / this.total / 10,
      p50: this.percentile(0.5),
      p90: this.percentile(0.9),
      p99: this.percentile(0.99),
      max: this.percentile(1),
    };
  }
}

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN;
  return ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
