import { describe, expect, it } from 'vitest';
import { diverseGroups } from './diverseGroups.ts';
import { diversityCeiling } from './diversityCeiling.ts';
import { MinorityIsolation } from './minorityIsolation.ts';
import { partitionDiversity } from './partitionDiversity.ts';
import { type ProfileField, type ProfileParticipant, profileDistances } from './profileDistances.ts';
import { randomBalancedPartition } from './randomBalancedPartition.ts';
import { createSeededRandom, type RandomSource } from './seededRandom.ts';

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

const mixFields: ProfileField[] = [
  { key: 'role', kind: 'choice', weight: 2 },
  { key: 'gender', kind: 'choice' },
  { key: 'site', kind: 'choice' },
  { key: 'years', kind: 'number' },
];
const pick = <T>(random: RandomSource, values: T[], shares: number[]): T => {
  let left = random();
  for (let index = 0; index < values.length; index++) {
    left -= shares[index] ?? 0;
    if (left <= 0) return values[index] as T;
  }
  return values[values.length - 1] as T;
};
/** Profiles with even categories, or with rare ones (minorities of 5–20 %). */
const mixedPeople = (count: number, seed: number, skewed: boolean): ProfileParticipant[] => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    participantId: `p${index}`,
    profile: {
      role: pick(
        random,
        ['dev', 'design', 'ops', 'law'],
        skewed ? [0.7, 0.15, 0.1, 0.05] : [0.34, 0.33, 0.33, 0],
      ),
      gender: pick(random, ['m', 'f'], skewed ? [0.8, 0.2] : [0.5, 0.5]),
      site: pick(random, ['paris', 'lyon', 'remote'], skewed ? [0.85, 0.1, 0.05] : [0.5, 0.5, 0]),
      years: random() < 0.05 ? null : Math.round(30 * random()),
    },
  }));
};

const indexGroups = (participants: ProfileParticipant[], groups: { members: string[] }[]) => {
  const index = new Map(participants.map((participant, position) => [participant.participantId, position]));
  return groups.map((group) => group.members.map((member) => index.get(member) ?? -1));
};

const asPartition = (count: number, groups: number[][]) => {
  const partition = new Array<number>(count).fill(-1);
  groups.forEach((members, group) => {
    for (const member of members) partition[member] = group;
  });
  return partition;
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

  it('reaches at least 90 % of the gain over random that the ceiling allows on even profiles', () => {
    for (const seed of [21, 22]) {
      const participants = mixedPeople(100, seed, false);
      const { groups } = diverseGroups(participants, mixFields, { seed });
      const grouped = indexGroups(participants, groups);
      const distances = profileDistances(participants, mixFields);
      const diversity = partitionDiversity(distances, asPartition(100, grouped), grouped.length).mean;
      const ceiling = diversityCeiling(
        participants,
        mixFields,
        grouped.map((members) => members.length),
      );
      const random = (trial: number) =>
        partitionDiversity(
          distances,
          randomBalancedPartition(100, grouped.length, createSeededRandom(seed * 10 + trial)),
          grouped.length,
        ).mean;
      const baseline = (random(1) + random(2) + random(3)) / 3;
      const share = (value: number) => (value - baseline) / (ceiling - baseline);
      expect(share(diversity), `seed ${seed}`).toBeGreaterThan(0.9);
      // The same measure gives a random grouping about nothing.
      expect(share(random(4)), `seed ${seed}`).toBeLessThan(0.5);
    }
  });

  it('leaves no minority member isolated on rare-category profiles, where random grouping does', () => {
    for (const seed of [31, 32]) {
      const participants = mixedPeople(60, seed, true);
      const rule = new MinorityIsolation(participants, mixFields);
      const { groups, report } = diverseGroups(participants, mixFields, { seed });
      const grouped = indexGroups(participants, groups);
      expect(
        grouped.flatMap((members) => rule.isolatedIn(members)),
        `seed ${seed}`,
      ).toEqual([]);
      expect(report.isolatedMinorityMembers).toBe(0);
      const random = randomBalancedPartition(60, groups.length, createSeededRandom(seed));
      const randomGroups = groups.map((_, group) =>
        random.flatMap((own, member) => (own === group ? [member] : [])),
      );
      expect(randomGroups.flatMap((members) => rule.isolatedIn(members)).length).toBeGreaterThan(3);
    }
  });

  it('keeps locked people in place and still pairs the others', () => {
    const participants = mixedPeople(40, 41, true);
    const women = participants.filter((participant) => participant.profile.gender === 'f');
    const locked = { [women[0]?.participantId ?? '']: 2, [women[1]?.participantId ?? '']: 5, p0: 5 };
    const { groups, report } = diverseGroups(participants, mixFields, { seed: 4, locked });
    for (const [participantId, group] of Object.entries(locked)) {
      expect(groups[group]?.members).toContain(participantId);
    }
    expect(report.isolatedAvoidable).toBe(0);
  });

  it('is deterministic for a seed and keeps locked people in place', () => {
    const participants = people(25, 8);
    const locked = { p0: 1, p3: 1 };
    const first = diverseGroups(participants, fields, { seed: 5, locked });
    expect(diverseGroups(participants, fields, { seed: 5, locked })).toEqual(first);
    expect(first.groups[1]?.members).toEqual(expect.arrayContaining(['p0', 'p3']));
    const other = diverseGroups(mixedPeople(120, 9, true), mixFields, { seed: 6 });
    expect(diverseGroups(mixedPeople(120, 9, true), mixFields, { seed: 6 })).toEqual(other);
  });
});
