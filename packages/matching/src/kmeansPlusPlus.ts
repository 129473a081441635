import type { RandomSource } from './seededRandom.ts';

/**
 * Seeded k-means++ seeding (D² sampling) on dense rows. `fixedCentroids` (e.g. centroids of locked groups)
 * are kept as the first seeds and the remaining ones are drawn from the data.
 */
export function kmeansPlusPlus(
  data: number[][],
  count: number,
  random: RandomSource,
  fixedCentroids: number[][] = [],
): number[][] {
  const centroids = fixedCentroids.map((centroid) => [...centroid]);
  if (data.length === 0) return centroids;
  const nearest = new Float64Array(data.length).fill(Number.POSITIVE_INFINITY);
  const update = (centroid: number[]) => {
    for (let index = 0; index < data.length; index++) {
      const distance = squaredDistance(data[index] as number[], centroid);
      if (distance < (nearest[index] as number)) nearest[index] = distance;
    }
  };
  for (const centroid of centroids) update(centroid);
  if (centroids.length === 0 && count > 0) {
    const first = data[Math.floor(random() * data.length)] as number[];
    centroids.push([...first]);
    update(first);
  }
  while (centroids.length < count) {
    let total = 0;
    for (const distance of nearest) total += distance;
    let chosen = Math.floor(random() * data.length);
    if (total > 0) {
      let threshold = random() * total;
      for (let index = 0; index < nearest.length; index++) {
        threshold -= nearest[index] ?? 0;
        if (threshold <= 0) {
          chosen = index;
          break;
        }
      }
    }
    const row = data[chosen] as number[];
    centroids.push([...row]);
    update(row);
  }
  return centroids;
}

/** Squared Euclidean distance between two dense vectors of equal length. */
export function squaredDistance(left: number[], right: number[]): number {
  let sum = 0;
  for (let index = 0; index < left.length; index++) {
    const difference = (left[index] as number) - (right[index] as number);
    sum += difference * difference;
  }
  return sum;
}
