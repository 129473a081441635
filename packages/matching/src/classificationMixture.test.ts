import { describe, expect, it } from 'vitest';
import { classificationMixture } from './classificationMixture.ts';
import type { WeightedBag } from './featurize.ts';

// Vocabulary: 0-3 garden words, 4-7 code words, 8 a word everyone uses.
const bag = (ids: number[]): WeightedBag => ({ ids, weights: ids.map(() => 1) });
const garden = [bag([0, 1, 8]), bag([1, 2, 8]), bag([2, 3]), bag([0, 3, 8])];
const code = [bag([4, 5, 8]), bag([5, 6]), bag([6, 7, 8]), bag([4, 7, 8])];

describe('classificationMixture', () => {
  it('moves misplaced texts to the cluster whose words they share, whatever the common word says', () => {
    // Start with two texts swapped between the clusters.
    const initial = [0, 0, 0, 1, 1, 1, 1, 0];
    const { assignment } = classificationMixture([...garden, ...code], 9, { clusters: 2, initial });
    expect(assignment.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(assignment.slice(4)).toEqual([1, 1, 1, 1]);
  });

  it('keeps fixed texts where they are and leaves texts without words unplaced', () => {
    const initial = [0, 0, 0, 1, 1, 1, 1, 0, 0];
    const fixed = [undefined, undefined, undefined, 1];
    const { assignment } = classificationMixture([...garden, ...code, bag([])], 9, {
      clusters: 2,
      initial,
      fixed,
    });
    expect(assignment[3]).toBe(1);
    expect(assignment[8]).toBe(-1);
    expect(assignment.slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('stops when nobody moves and is deterministic', () => {
    const initial = [0, 0, 0, 0, 1, 1, 1, 1];
    const first = classificationMixture([...garden, ...code], 9, { clusters: 2, initial, sweeps: 50 });
    expect(first.iterations).toBe(1);
    expect(classificationMixture([...garden, ...code], 9, { clusters: 2, initial })).toEqual(first);
  });
});
