import { describe, expect, it } from 'vitest';
import { freshSeed } from './freshSeed.ts';

describe('freshSeed', () => {
  it('gives non-negative 31-bit integers that change from one grouping to the next', () => {
    const seeds = Array.from({ length: 20 }, freshSeed);
    for (const seed of seeds) {
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(0);
      expect(seed).toBeLessThan(2 ** 31);
    }
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
