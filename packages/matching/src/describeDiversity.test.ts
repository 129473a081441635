import { describe, expect, it } from 'vitest';
import { describeDiversity } from './describeDiversity.ts';
import { diverseGroups } from './diverseGroups.ts';
import type { ProfileField, ProfileParticipant } from './profileDistances.ts';
import { createSeededRandom } from './seededRandom.ts';

const fields: ProfileField[] = [
  { key: 'role', kind: 'choice', weight: 2 },
  { key: 'site', kind: 'choice' },
  { key: 'years', kind: 'number' },
];
const people = (count: number, seed: number): ProfileParticipant[] => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    participantId: `p${index}`,
    profile: {
      role: random() < 0.6 ? 'dev' : random() < 0.5 ? 'design' : 'law',
      site: random() < 0.8 ? 'paris' : 'lyon',
      years: random() < 0.1 ? null : Math.round(20 * random()),
    },
  }));
};
/** Twelve people of four organisations, three of each. */
const organisations: ProfileParticipant[] = Array.from({ length: 12 }, (_, index) => ({
  participantId: `o${index}`,
  profile: { organisation: ['company', 'public', 'charity', 'school'][index % 4] ?? 'company' },
}));
const organisationField: ProfileField[] = [{ key: 'organisation', kind: 'choice' }];
const ids = (...numbers: number[]) => numbers.map((number) => `o${number}`);

describe('describeDiversity', () => {
  it('gives diverseGroups’ own report for diverseGroups’ groups, locked people included', () => {
    for (const [count, locked] of [
      [30, undefined],
      [23, { p0: 1, p5: 1, p7: 0 }],
    ] as const) {
      const participants = people(count, count);
      const result = diverseGroups(participants, fields, { seed: 9, locked });
      const report = describeDiversity(participants, fields, result.groups, {
        seed: 9,
        locked: Object.keys(locked ?? {}),
      });
      expect(report).toEqual(result.report);
    }
  });

  it('follows a move by hand: less diverse, less balanced, further below the ceiling', () => {
    const mixed = [ids(0, 1, 2), ids(3, 4, 5), ids(6, 7, 8), ids(9, 10, 11)].map((members) => ({ members }));
    const before = describeDiversity(organisations, organisationField, mixed, { seed: 1 });
    expect(before.diversity).toBe(1);
    expect(before.gainShare).toBeCloseTo(1);
    expect(before.isolatedMinorityMembers).toBe(0);
    // o0 (a company) joins o4 (also a company): one pair of the same organisation, one group of two.
    const moved = [ids(1, 2), ids(0, 3, 4, 5), ids(6, 7, 8), ids(9, 10, 11)].map((members) => ({ members }));
    const after = describeDiversity(organisations, organisationField, moved, { seed: 1 });
    expect(after.diversity).toBeCloseTo(12 / 13);
    expect(after.ratio).toBeLessThan(before.ratio);
    expect(after.worstGroupDiversity).toBeCloseTo(5 / 6);
    expect(after.ceiling).toBe(1);
    expect(after.gainShare).toBeLessThan(1);
    expect(describeDiversity(organisations, organisationField, moved, { seed: 1 })).toEqual(after);
    // Everyone with their own organisation: nothing mixed, and every group far from the whole.
    const apart = [ids(0, 4, 8), ids(1, 5, 9), ids(2, 6, 10), ids(3, 7, 11)].map((members) => ({ members }));
    const clustered = describeDiversity(organisations, organisationField, apart, { seed: 1 });
    expect(clustered.diversity).toBe(0);
    expect(clustered.perField.organisation?.balance).toBeCloseTo(0.75);
    expect(before.perField.organisation?.balance).toBeCloseTo(0.25);
  });

  it('describes only the people placed, and counts a member without a profile as unknown', () => {
    const groups = [ids(0, 1), ['stranger', 'o2']].map((members) => ({ members }));
    const report = describeDiversity(organisations, organisationField, groups, { seed: 3 });
    // o0/o1 differ; the stranger's organisation is unknown, which counts as no difference.
    expect(report.diversity).toBeCloseTo(0.5);
    expect(report.ceiling).toBe(0.5);
    expect(describeDiversity(organisations, organisationField, [], { seed: 3 }).diversity).toBe(0);
  });

  it('keeps locked people in their group in the random groupings it compares with', () => {
    // The two companies locked together make every random grouping hold a same-organisation pair.
    const groups = [ids(0, 4, 1, 2, 3, 5), ids(6, 7, 8, 9, 10, 11)].map((members) => ({ members }));
    const free = describeDiversity(organisations, organisationField, groups, { seed: 5 });
    const locked = describeDiversity(organisations, organisationField, groups, {
      seed: 5,
      locked: ['o0', 'o4'],
    });
    expect(locked.diversity).toBe(free.diversity);
    expect(locked.randomWorstGroupDiversity).toBeLessThan(1);
    expect(locked.randomDiversity).not.toBe(free.randomDiversity);
  });
});
