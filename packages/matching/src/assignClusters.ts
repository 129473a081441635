import { classificationMixture } from './classificationMixture.ts';
import { clusterWithinThemes } from './clusterWithinThemes.ts';
import { clusterWithKmeans } from './clusterWithKmeans.ts';
import type { FeatureSpace } from './featurize.ts';
import { latentSemanticEmbedding } from './latentSemanticEmbedding.ts';
import { createSeededRandom } from './seededRandom.ts';
import type { ThematicMethod } from './thematicMethod.ts';

/**
 * Mean number of people per broad theme when `kmeans-mixture` forms many small groups (of 25, 40 and 60,
 * 40 gave the best worst-case pairwise precision over the three benchmark sets at N = 500).
 */
const peoplePerTheme = 40;

/**
 * A clustering method brought by the caller: the evaluation harness (bench/) compares methods that do not
 * ship to the facilitator's device this way.
 */
export type ClusterStrategy = (
  space: FeatureSpace,
  count: number,
  options: AssignClustersOptions,
) => ClusterAssignment;

/** Options for {@link assignClusters}. */
export interface AssignClustersOptions {
  seed: number;
  method: ThematicMethod | ClusterStrategy;
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

/**
 * Clusters feature vectors into at most `count` clusters with the chosen method. People with a fixed
 * cluster keep it, with or without usable text.
 */
export function assignClusters(
  space: FeatureSpace,
  count: number,
  options: AssignClustersOptions,
): ClusterAssignment {
  const fixed = options.fixed ?? [];
  const result = clusterWithMethod(space, count, options, fixed);
  fixed.forEach((group, index) => {
    if (group !== undefined) result.assignment[index] = group;
  });
  return result;
}

function clusterWithMethod(
  space: FeatureSpace,
  count: number,
  options: AssignClustersOptions,
  fixed: (number | undefined)[],
): ClusterAssignment {
  if (typeof options.method === 'function') return options.method(space, count, options);
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
  // For many small groups, first find broad themes with the mixture (it measures best on coarse topics),
  // then split each theme into small groups with k-means in the LSA space. Locked people keep their group
  // (size repair fills it). With fewer than two themes' worth of people, or fewer groups than themes, the
  // mixture refines the groups directly.
  const themes = Math.round(usable.length / peoplePerTheme);
  if (options.method === 'kmeans-mixture' && themes >= 2 && themes < count) {
    const themeOfRow = themesOf(space, usable, embedding, themes, options);
    // New small groups take the group numbers no locked person holds.
    const lockedGroups = new Set(fixed.filter((group): group is number => group !== undefined));
    const freeSlots = Array.from({ length: count }, (_, group) => group).filter(
      (group) => !lockedGroups.has(group),
    );
    const free = usable.map((index, row) => (fixed[index] === undefined ? (themeOfRow[row] ?? -1) : -1));
    const run = clusterWithinThemes(embedding, free, themes, freeSlots.length, {
      seed: options.seed,
      restarts: options.restarts,
      maxIterations: options.maxIterations,
    });
    usable.forEach((index, row) => {
      assignment[index] = freeSlots[run.assignment[row] ?? -1] ?? -1;
    });
    return { assignment, iterations: run.iterations };
  }
  const width = embedding[0]?.length ?? dimensions;
  const fixedCentroids: number[][] = [];
  usable.forEach((index, row) => {
    const cluster = fixed[index];
    if (cluster === undefined) return;
    while (fixedCentroids.length <= cluster) fixedCentroids.push(new Array(width).fill(0));
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
  if (options.method === 'kmeans-mixture') {
    const refined = classificationMixture(space.bags, space.featureCount, {
      clusters: count,
      initial: assignment,
      fixed,
    });
    return { assignment: refined.assignment, iterations: run.iterations + refined.iterations };
  }
  return { assignment, iterations: run.iterations };
}

/** Broad theme per usable row: k-means on the embedding, refined by the classification mixture. */
function themesOf(
  space: FeatureSpace,
  usable: number[],
  embedding: number[][],
  themes: number,
  options: AssignClustersOptions,
): number[] {
  const coarse = clusterWithKmeans(embedding, themes, {
    seed: options.seed,
    restarts: 1,
    maxIterations: options.maxIterations,
  });
  const initial = space.vectors.map(() => -1);
  usable.forEach((index, row) => {
    initial[index] = coarse.assignment[row] ?? 0;
  });
  const { assignment } = classificationMixture(space.bags, space.featureCount, {
    clusters: themes,
    initial,
    // Themes settle within a few passes; 8 measured the same precision as 12, for less time.
    sweeps: 8,
  });
  return usable.map((index) => assignment[index] ?? -1);
}
