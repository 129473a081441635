/**
 * How answers are clustered before size repair: `kmeans` = LSA (randomized SVD) + k-means with seeded
 * k-means++ restarts; `kmeans-mixture` = classification EM on a multinomial mixture smoothed towards the
 * corpus distribution, started from the k-means result. The evaluation harness compares more methods
 * (bench/evaluationMethods.ts), which stay out of the app's bundle.
 */
export type ThematicMethod = 'kmeans' | 'kmeans-mixture';

/** The method used when none is given (chosen by the benchmark in bench/evaluateMatching.ts). */
export const defaultThematicMethod: ThematicMethod = 'kmeans-mixture';
