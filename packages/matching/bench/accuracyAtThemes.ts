import { assignClusters } from '../src/assignClusters.ts';
import { classificationMixture } from '../src/classificationMixture.ts';
import type { FeatureSpace } from '../src/featurize.ts';
import { hungarianAccuracy } from './hungarianAccuracy.ts';
import { normalizedMutualInformation } from './normalizedMutualInformation.ts';

/**
 * ACC and NMI (%) of the default method (k-means on LSA, refined by the classification mixture) with K =
 * the number of gold classes and no size bounds, mean over seeds 1..seeds.
 */
export function accuracyAtThemes(
  space: FeatureSpace,
  labels: number[],
  seeds: number,
): { acc: number; nmi: number } {
  const classes = new Set(labels).size;
  let acc = 0;
  let nmi = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const kmeans = assignClusters(space, classes, { seed, method: 'kmeans' }).assignment;
    const mixture = classificationMixture(space.bags, space.featureCount, {
      clusters: classes,
      initial: kmeans,
    }).assignment.map((cluster) => Math.max(0, cluster));
    acc += hungarianAccuracy(mixture, labels) / seeds;
    nmi += normalizedMutualInformation(mixture, labels) / seeds;
  }
  return { acc: 100 * acc, nmi: 100 * nmi };
}
