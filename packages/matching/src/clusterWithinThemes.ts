import { clusterWithKmeans } from './clusterWithKmeans.ts';

/** Options for {@link clusterWithinThemes}. */
export interface ThemeClusteringOptions {
  seed: number;
  restarts?: number;
  maxIterations?: number;
}

/**
 * Splits each broad theme into small clusters with k-means on its own rows: the `count` clusters are
 * shared out in proportion to the themes' sizes (largest remainders), numbered from `firstCluster`.
 * Rows with theme -1 stay at -1. Cheaper than one k-means over all rows (cost ∝ Σ theme size²).
 */
export function clusterWithinThemes(
  embedding: number[][],
  themeOfRow: number[],
  themes: number,
  count: number,
  firstCluster: number,
  options: ThemeClusteringOptions,
): { assignment: number[]; iterations: number } {
  const members: number[][] = Array.from({ length: themes }, () => []);
  themeOfRow.forEach((theme, row) => {
    if (theme >= 0) members[theme]?.push(row);
  });
  const placed = members.reduce((sum, rows) => sum + rows.length, 0);
  const quotas = members.map((rows) => (placed > 0 ? (rows.length * count) / placed : 0));
  const shares = quotas.map((quota) => Math.floor(quota));
  let left = count - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = quotas
    .map((quota, theme) => ({ remainder: quota - Math.floor(quota), theme }))
    .sort((a, b) => b.remainder - a.remainder || a.theme - b.theme);
  for (const { theme } of byRemainder) {
    if (left <= 0) break;
    shares[theme] = (shares[theme] ?? 0) + 1;
    left--;
  }
  const assignment = themeOfRow.map(() => -1);
  let next = firstCluster;
  let iterations = 0;
  members.forEach((rows, theme) => {
    if (rows.length === 0) return;
    // A theme too small for a cluster of its own still gets one; size repair merges it later.
    const clusters = Math.max(1, Math.min(shares[theme] ?? 0, rows.length));
    const run = clusterWithKmeans(
      rows.map((row) => embedding[row] as number[]),
      clusters,
      { seed: options.seed + theme, restarts: options.restarts, maxIterations: options.maxIterations },
    );
    iterations = Math.max(iterations, run.iterations);
    rows.forEach((row, position) => {
      assignment[row] = next + (run.assignment[position] ?? 0);
    });
    next += clusters;
  });
  return { assignment, iterations };
}
