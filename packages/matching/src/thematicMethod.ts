/**
 * How answers are clustered before size repair: `kmeans` = LSA (randomized SVD) + k-means with seeded
 * k-means++ restarts; `gsdmm` = Dirichlet-multinomial mixture (collapsed Gibbs sampling);
 * `kmeans-gsdmm` = GSDMM sweeps started from the k-means result; `kmeans-mixture` = classification EM on a
 * multinomial mixture smoothed towards the corpus distribution, started from the k-means result.
 */
export type ThematicMethod = 'kmeans' | 'gsdmm' | 'kmeans-gsdmm' | 'kmeans-mixture';

/** The method used when none is given (chosen by the benchmark in bench/evaluateMatching.ts). */
export const defaultThematicMethod: ThematicMethod = 'kmeans-mixture';
