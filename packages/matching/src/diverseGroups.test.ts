import { describe, expect, it } from 'vitest';
import { diverseGroups } from './diverseGroups.ts';
import type { ProfileField } from './profileDistances.ts';
import { createSeededRandom } from './seededRandom.ts';

const fields: ProfileField[] = [
  { key: 'role', kind: 'choice', weight: 2 },
  { key: 'years', kind: 'number' },
];
const people = (count: number, seed: number) => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    participantId: `p${index}`,
    profile: {
      role: random() < 0.8 ? 'engineer' : random() < 0.5 ? 'designer' : 'lawyer',
      years: random() < 0.1 ? null : Math.round(20 * random()),
    },
  }));
};

describe('diverseGroups', () => {
  it('keeps sizes within bounds, places everyone and isolates no minority member avoidably', () => {
    for (const count of [2, 7, 13, 30, 61]) {
      const { groups, report } = diverseGroups(people(count, count), fields, { seed: 1 });
      const members = groups.flatMap((group) => group.members);
      expect(new Set(members).size).toBe(count);
      for (const group of groups) expect(group.members.length).toBeLessThanOrEqual(6);
      if (count >= 3) for (const group of groups) expect(group.members.length).toBeGreaterThanOrEqual(3);
      expect(report.isolatedAvoidable).toBe(0);
    }
  });

  it('mixes a numeric attribute much better than random grouping', () => {
    const participants = Array.from({ length: 40 }, (_, index) => ({
      participantId: `p${index}`,
      profile: { years: index },
    }));
    const { report } = diverseGroups(participants, [{ key: 'years', kind: 'number' }], { seed: 3 });
    expect(report.ratio).toBeGreaterThan(1.1);
    expect(report.perField.years?.balance).toBeLessThan(0.2);
  });

  it('is deterministic for a seed and keeps locked people in place', () => {
    const participants = people(25, 8);
    const locked = { p0: 1, p3: 1 };
    const first = diverseGroups(participants, fields, { seed: 5, locked });
    expect(diverseGroups(participants, fields, { seed: 5, locked })).toEqual(first);
    expect(first.groups[1]?.members).toEqual(expect.arrayContaining(['p0', 'p3']));
  });
});
