import { describe, expect, it } from 'vitest';
import { planGroups } from './planGroups.ts';

describe('planGroups', () => {
  it('says how many groups of which sizes the bounds give', () => {
    expect(planGroups(24, { min: 4, target: 6, max: 6 })).toEqual({ groups: 4, smallest: 6, largest: 6 });
    expect(planGroups(24, { min: 3, target: 5, max: 6 })).toEqual({ groups: 5, smallest: 4, largest: 5 });
    expect(planGroups(0, { min: 3, target: 5, max: 6 })).toEqual({ groups: 0, smallest: 0, largest: 0 });
  });
});
