import { describe, expect, it } from 'vitest';
import { assignRoles } from './assignRoles.ts';

describe('assignRoles', () => {
  it('gives three different people the three roles when the group has three or more', () => {
    for (const size of [3, 4, 6]) {
      const members = Array.from({ length: size }, (_, index) => `p${index}`);
      const roles = assignRoles('prod', members, new Map());
      expect(new Set(Object.values(roles)).size).toBe(3);
      for (const holder of Object.values(roles)) expect(members).toContain(holder);
    }
  });

  it('shares the roles out in a group of two and gives all three to someone alone', () => {
    expect(new Set(Object.values(assignRoles('prod', ['a', 'b'], new Map()))).size).toBe(2);
    expect(assignRoles('prod', ['a'], new Map())).toEqual({ leader: 'a', appMaster: 'a', timeMaster: 'a' });
    expect(assignRoles('prod', [], new Map())).toEqual({});
  });

  it('rotates: people who held roles before come after those who did not', () => {
    const held = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    const roles = assignRoles('prod', ['a', 'b', 'c', 'd', 'e', 'f'], held);
    expect(Object.values(roles).sort()).toEqual(['d', 'e', 'f']);
  });

  it('spreads ties differently across groups, the same way on every device', () => {
    const members = ['a', 'b', 'c', 'd', 'e'];
    const leaders = new Set(
      Array.from({ length: 20 }, (_, index) => assignRoles(`g${index}`, members, new Map()).leader),
    );
    expect(leaders.size).toBeGreaterThan(1);
    expect(assignRoles('g1', members, new Map())).toEqual(
      assignRoles('g1', [...members].reverse(), new Map()),
    );
  });
});
