import { kmeans } from 'ml-kmeans';
import { kmeansPlusPlus, squaredDistance } from './kmeansPlusPlus.ts';
import { createSeededRandom } from './seededRandom.ts';

/** Options for {@link clusterWithKmeans}. */
export interface KmeansRunOptions {
  seed: number;
  /** Independent k-means++ starts; the run with the lowest within-cluster distance wins (default 3). */
  restarts?: number;
  maxIterations?: number;
  /** Centroids of groups whose index is fixed (they become clusters 0..n-1 at the start). */
  fixedCentroids?: number[][];
}

/** Cluster index per row, with the number of iterations of the winning run. */
export interface KmeansRun {
  assignment: number[];
  iterations: number;
}

/** k-means (ml-kmeans) on L2-normalized rows, seeded with our own k-means++ and several restarts. */
export function clusterWithKmeans(data: number[][], count: number, options: KmeansRunOptions): KmeansRun {
  if (data.length === 0 || count <= 1) return { assignment: data.map(() => 0), iterations: 0 };
  const clusters = Math.min(count, data.length);
  const random = createSeededRandom(options.seed);
  let best: { assignment: number[]; iterations: number; cost: number } | undefined;
  for (let restart = 0; restart < (options.restarts ?? 3); restart++) {
    const initialization = kmeansPlusPlus(data, clusters, random, options.fixedCentroids?.slice(0, clusters));
    const result = kmeans(data, clusters, {
      initialization,
      maxIterations: options.maxIterations ?? 30,
      tolerance: 1e-4,
    });
    let cost = 0;
    data.forEach((row, index) => {
      cost += squaredDistance(row, result.centroids[result.clusters[index] ?? 0] ?? row);
    });
    if (!best || cost < best.cost)
      best = { assignment: result.clusters, iterations: result.iterations, cost };
  }
  return { assignment: best?.assignment ?? [], iterations: best?.iterations ?? 0 };
}
