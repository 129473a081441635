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
  { key: 'gender', kind: 'choice' },
  { key: 'years', kind: 'number' },
];

function people(count: number, random: RandomSource): ProfileParticipant[] {
  return Array.from({ length: count }, (_, index) => ({
    participantId: `p${index}`,
    profile: {
      role: random() < 0.1 ? null : (['dev', 'design', 'law'][Math.floor(random() * 3)] ?? 'dev'),
      gender: random() < 0.3 ? 'f' : 'm',
      years: random() < 0.15 ? null : Math.round(25 * random() ** 2),
    },
  }));
}

/** Every assignment of `count` people to groups of exactly `sizes` (groups labelled, so repeats). */
function* partitions(count: number, sizes: number[]): Generator<number[]> {
  const groupOf = new Array<number>(count).fill(0);
  const room = [...sizes];
  function* place(member: number): Generator<number[]> {
    if (member === count) {
      yield groupOf;
      return;
    }
    for (let group = 0; group < room.length; group++) {
      if ((room[group] ?? 0) === 0) continue;
      // With equal sizes the groups are interchangeable: the first member need only try group 0.
      if (member === 0 && group > 0 && sizes.every((size) => size === sizes[0])) break;
      room[group] = (room[group] ?? 0) - 1;
      groupOf[member] = group;
      yield* place(member + 1);
      room[group] = (room[group] ?? 0) + 1;
    }
  }
  yield* place(0);
}

function bestByBruteForce(
  participants: ProfileParticipant[],
  profileFields: ProfileField[],
  sizes: number[],
  allowed: (groups: number[][]) => boolean = () => true,
): number {
  const distances = profileDistances(participants, profileFields);
  let best = 0;
  for (const partition of partitions(participants.length, sizes)) {
    if (
      !allowed(sizes.map((_, group) => partition.flatMap((own, member) => (own === group ? [member] : []))))
    ) {
      continue;
    }
    best = Math.max(best, partitionDiversity(distances, partition, sizes.length).mean);
  }
  return best;
}

describe('diversityCeiling', () => {
  it('equals the best grouping when one number field can be spread perfectly', () => {
    const participants = [3, 8, 1, 12, 5, 9, 2, 7, 4].map((years, index) => ({
      participantId: `p${index}`,
      profile: { years },
    }));
    const numberField: ProfileField[] = [{ key: 'years', kind: 'number' }];
    const ceiling = diversityCeiling(participants, numberField, [3, 3, 3]);
    expect(ceiling).toBeCloseTo(bestByBruteForce(participants, numberField, [3, 3, 3]), 10);
  });

  it('equals the best grouping for one choice field, and stays above it with unknown values', () => {
    const labels = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'c'];
    const participants = labels.map((role, index) => ({ participantId: `p${index}`, profile: { role } }));
    const choice: ProfileField[] = [{ key: 'role', kind: 'choice' }];
    expect(diversityCeiling(participants, choice, [5, 5])).toBeCloseTo(
      bestByBruteForce(participants, choice, [5, 5]),
      10,
    );
    const withUnknown = participants.map((participant, index) =>
      index % 4 === 1 ? { ...participant, profile: { role: null } } : participant,
    );
    const best = bestByBruteForce(withUnknown, choice, [4, 3, 3]);
    expect(diversityCeiling(withUnknown, choice, [4, 3, 3])).toBeGreaterThanOrEqual(best - 1e-12);
  });

  it('is never below the best grouping of mixed fields with unknown values (brute force)', () => {
    for (const seed of [1, 2, 3, 4]) {
      const participants = people(10, createSeededRandom(seed));
      const best = bestByBruteForce(participants, fields, [4, 3, 3]);
      const ceiling = diversityCeiling(participants, fields, [4, 3, 3]);
      expect(ceiling, `seed ${seed}`).toBeGreaterThanOrEqual(best - 1e-12);
      expect(ceiling, `seed ${seed}`).toBeLessThan(best * 1.25);
    }
  });

  it('with paired categories, is never below the best grouping that leaves none of them alone', () => {
    for (const seed of [5, 6, 7]) {
      const random = createSeededRandom(seed);
      const roles = ['law', 'law', 'dev', 'dev', 'dev', 'dev', 'dev', 'design', 'design', 'design'];
      const participants: ProfileParticipant[] = roles.map((role, index) => ({
        participantId: `p${index}`,
        profile: { role, gender: index % 4 === 0 ? 'f' : 'm', years: Math.round(20 * random()) },
      }));
      const paired = new MinorityIsolation(participants, fields).rareMinorities();
      expect(paired).toEqual({ role: new Set(['law']), gender: new Set(['f']) });
      const pairedOnly = (groups: number[][]) =>
        groups.every((members) =>
          Object.entries(paired).every(([key, categories]) =>
            [...categories].every(
              (category) =>
                members.filter((member) => participants[member]?.profile[key] === category).length !== 1,
            ),
          ),
        );
      const best = bestByBruteForce(participants, fields, [5, 5], pairedOnly);
      expect(
        diversityCeiling(participants, fields, [5, 5], { paired }),
        `seed ${seed}`,
      ).toBeGreaterThanOrEqual(best - 1e-12);
    }
  });

  it('is above random groupings and the search result for several seeds', () => {
    for (const seed of [11, 12, 13]) {
      const participants = people(43, createSeededRandom(seed));
      const result = diverseGroups(participants, fields, { seed });
      const sizes = result.groups.map((group) => group.members.length);
      const ceiling = diversityCeiling(participants, fields, sizes);
      expect(result.report.ceiling).toBeCloseTo(ceiling, 12);
      expect(ceiling, `seed ${seed}`).toBeGreaterThanOrEqual(result.report.diversity);
      const distances = profileDistances(participants, fields);
      for (let trial = 0; trial < 5; trial++) {
        const partition = randomBalancedPartition(43, sizes.length, createSeededRandom(seed * 100 + trial));
        expect(ceiling).toBeGreaterThanOrEqual(partitionDiversity(distances, partition, sizes.length).mean);
      }
    }
  });
});
