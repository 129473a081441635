import { munkres } from 'munkres';

/** Clustering accuracy (0–1): share of items correct under the best one-to-one cluster→label matching. */
export function hungarianAccuracy(predicted: number[], gold: number[]): number {
  const clusters = [...new Set(predicted)];
  const labels = [...new Set(gold)];
  const size = Math.max(clusters.length, labels.length);
  const clusterIndex = new Map(clusters.map((cluster, index) => [cluster, index]));
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  predicted.forEach((cluster, item) => {
    const row = counts[clusterIndex.get(cluster) ?? 0] as number[];
    const column = labelIndex.get(gold[item] ?? 0) ?? 0;
    row[column] = (row[column] ?? 0) + 1;
  });
  const pairs = munkres(counts.map((row) => row.map((count) => -count)));
  let matched = 0;
  for (const [row, column] of pairs) matched += counts[row]?.[column] ?? 0;
  return matched / Math.max(1, predicted.length);
}
