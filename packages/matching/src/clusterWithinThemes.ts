import { clusterWithKmeans } from './clusterWithKmeans.ts';

/** Options for {@link clusterWithinThemes}. */
export interface ThemeClusteringOptions {
  seed: number;
  restarts?: number;
  maxIterations?: number;
}

/**
 * Splits each broad theme into small clusters with k-means on its own rows: the `count` clusters are
 * shared out in proportion to the themes' sizes (largest remainders), every theme getting at least one
 * while there are enough, and numbered 0..count-1. Rows with theme -1, and the rows of a theme left
 * without a cluster (only when there are more themes than clusters), stay at -1.
 * Cheaper than one k-means over all rows (cost ∝ Σ theme size²).
 */
export function clusterWithinThemes(
  embedding: number[][],
  themeOfRow: number[],
  themes: number,
  count: number,
  options: ThemeClusteringOptions,
): { assignment: number[]; iterations: number } {
  const members: number[][] = Array.from({ length: themes }, () => []);
  themeOfRow.forEach((theme, row) => {
    if (theme >= 0) members[theme]?.push(row);
  });
  const shares = shareClusters(
    members.map((rows) => rows.length),
    count,
  );
  const assignment = themeOfRow.map(() => -1);
  let next = 0;
  let iterations = 0;
  members.forEach((rows, theme) => {
    const clusters = Math.min(shares[theme] ?? 0, rows.length);
    if (clusters === 0) return;
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

/** Clusters per theme: proportional to size by largest remainders, at least one per non-empty theme. */
function shareClusters(sizes: number[], count: number): number[] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const quotas = sizes.map((size) => (total > 0 ? (size * count) / total : 0));
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
  // A non-empty theme without a cluster takes one from the theme with the most, while one has two or more.
  sizes.forEach((size, theme) => {
    if (size === 0 || (shares[theme] ?? 0) > 0) return;
    let richest = -1;
    shares.forEach((share, other) => {
      if (share >= 2 && (richest < 0 || share > (shares[richest] ?? 0))) richest = other;
    });
    if (richest < 0) return;
    shares[richest] = (shares[richest] ?? 0) - 1;
    shares[theme] = 1;
  });
  return shares;
}
