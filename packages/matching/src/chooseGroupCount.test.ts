import { describe, expect, it } from 'vitest';
import { chooseGroupCount } from './chooseGroupCount.ts';

const bounds = { min: 3, target: 5, max: 6 };

describe('chooseGroupCount', () => {
  it('finds a feasible number of groups closest to N / target', () => {
    expect(chooseGroupCount(7, bounds)).toBe(2);
    expect(chooseGroupCount(13, bounds)).toBe(3);
    expect(chooseGroupCount(500, bounds)).toBe(100);
  });

  it('puts fewer people than the minimum into one group', () => {
    expect(chooseGroupCount(2, bounds)).toBe(1);
    expect(chooseGroupCount(0, bounds)).toBe(0);
  });

  it('always allows sizes within bounds from 3 people upwards', () => {
    for (let count = 3; count <= 200; count++) {
      const groups = chooseGroupCount(count, bounds);
      expect(groups * bounds.min).toBeLessThanOrEqual(count);
      expect(groups * bounds.max).toBeGreaterThanOrEqual(count);
    }
  });
});
