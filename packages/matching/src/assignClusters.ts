import { clusterWithKmeans } from './clusterWithKmeans.ts';
import { dirichletMultinomialMixture } from './dirichletMultinomialMixture.ts';
import type { FeatureSpace } from './featurize.ts';
import { latentSemanticEmbedding } from './latentSemanticEmbedding.ts';
import { createSeededRandom } from './seededRandom.ts';
import type { ThematicMethod } from './thematicMethod.ts';

/** Options for {@link assignClusters}. */
export interface AssignClustersOptions {
  seed: number;
  method: ThematicMethod;
  maxIterations?: number;
  restarts?: number;
  /** LSA dimensions for k-means (default 100). */
  dimensions?: number;
  /** Per participant a cluster index that must not change, or undefined. */
  fixed?: (number | undefined)[];
}

/** Cluster per participant (-1 when they have no usable feature) and iterations used. */
export interface ClusterAssignment {
  assignment: number[];
  iterations: number;
}

/** Clusters feature vectors into at most `count` clusters with the chosen method. */
export function assignClusters(
  space: FeatureSpace,
  count: number,
  options: AssignClustersOptions,
): ClusterAssignment {
  const fixed = options.fixed ?? [];
  if (options.method === 'gsdmm') {
    return dirichletMultinomialMixture(space.tokenIds, space.featureCount, {
      seed: options.seed,
      clusters: count,
      iterations: options.maxIterations ?? 30,
      fixed,
    });
  }
  const usable = space.vectors.flatMap((vector, index) => (vector.indices.length > 0 ? [index] : []));
  const assignment = space.vectors.map(() => -1);
  if (usable.length === 0) return { assignment, iterations: 0 };
  const dimensions = Math.min(options.dimensions ?? 100, space.featureCount);
  const embedding = latentSemanticEmbedding(
    usable.map((index) => space.vectors[index] ?? { indices: [], values: [] }),
    space.featureCount,
    dimensions,
    createSeededRandom(options.seed ^ 0x5bd1e995),
  );
  const fixedCentroids: number[][] = [];
  usable.forEach((index, row) => {
    const cluster = fixed[index];
    if (cluster === undefined) return;
    while (fixedCentroids.length <= cluster) fixedCentroids.push(new Array(dimensions).fill(0));
    const centroid = fixedCentroids[cluster] as number[];
    (embedding[row] ?? []).forEach((value, dimension) => {
      centroid[dimension] = (centroid[dimension] ?? 0) + value;
    });
  });
  const run = clusterWithKmeans(embedding, count, {
    seed: options.seed,
    restarts: options.restarts,
    maxIterations: options.maxIterations,
    fixedCentroids,
  });
  usable.forEach((index, row) => {
    assignment[index] = fixed[index] ?? run.assignment[row] ?? 0;
  });
  if (options.method === 'kmeans-gsdmm') {
    const refined = dirichletMultinomialMixture(space.tokenIds, space.featureCount, {
      seed: options.seed,
      clusters: count,
      iterations: 15,
      fixed,
      initial: assignment,
    });
    return { assignment: refined.assignment, iterations: run.iterations + refined.iterations };
  }
  return { assignment, iterations: run.iterations };
}
