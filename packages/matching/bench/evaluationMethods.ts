import { assignClusters, type ClusterStrategy } from '../src/assignClusters.ts';
import { dirichletMultinomialMixture } from './dirichletMultinomialMixture.ts';

/** Names of the methods that only the evaluation runs. */
export type EvaluationMethodName = 'gsdmm' | 'kmeans-gsdmm';

/**
 * Clustering methods that the evaluation compares with the shipped ones and that never ship: `gsdmm` =
 * Dirichlet-multinomial mixture (collapsed Gibbs sampling); `kmeans-gsdmm` = GSDMM sweeps started from the
 * k-means result.
 */
export const evaluationMethods: Record<EvaluationMethodName, ClusterStrategy> = {
  gsdmm: (space, count, options) =>
    dirichletMultinomialMixture(space.tokenIds, space.featureCount, {
      seed: options.seed,
      clusters: count,
      iterations: options.maxIterations ?? 30,
      fixed: options.fixed ?? [],
    }),
  'kmeans-gsdmm': (space, count, options) => {
    const kmeans = assignClusters(space, count, { ...options, method: 'kmeans' });
    const refined = dirichletMultinomialMixture(space.tokenIds, space.featureCount, {
      seed: options.seed,
      clusters: count,
      iterations: 15,
      fixed: options.fixed ?? [],
      initial: kmeans.assignment,
    });
    return { assignment: refined.assignment, iterations: kmeans.iterations + refined.iterations };
  },
};
