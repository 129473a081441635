import { createSeededRandom } from '../src/seededRandom.ts';
import { shuffleInPlace } from '../src/shuffleInPlace.ts';

/** Indices of `count` items drawn without replacement with a fixed seed. */
export function sampleDataset(total: number, count: number, seed: number): number[] {
  const indices = Array.from({ length: total }, (_, index) => index);
  return shuffleInPlace(indices, createSeededRandom(seed)).slice(0, Math.min(count, total));
}
