import { chooseGroupCount } from './chooseGroupCount.ts';
import { fieldBalance } from './fieldBalance.ts';
import { defaultGroupSizeBounds, type GroupSizeBounds } from './groupSizeBounds.ts';
import { MinorityIsolation } from './minorityIsolation.ts';
import { type ProfileField, type ProfileParticipant, profileDistances } from './profileDistances.ts';
import { randomBalancedPartition } from './randomBalancedPartition.ts';
import { createSeededRandom } from './seededRandom.ts';
import { SwapSearch } from './swapSearch.ts';

/** Options of {@link diverseGroups}. */
export interface DiverseOptions {
  seed: number;
  sizes?: GroupSizeBounds;
  /** Bound on swap-search passes (default 12). */
  iterations?: number;
  /** participantId → group index the facilitator locked. */
  locked?: Record<string, number>;
}

/** Diverse groups and how they compare with random grouping. */
export interface DiverseResult {
  groups: { members: string[] }[];
  report: {
    /** Mean dissimilarity of within-group pairs (0..1). */
    diversity: number;
    /** Same measure averaged over five seeded random balanced groupings. */
    randomDiversity: number;
    ratio: number;
    worstGroupDiversity: number;
    /** (member, field) cases where someone is the only one of a minority category in their group. */
    isolatedMinorityMembers: number;
    /** Of those, cases another member of the category could have joined (not locked elsewhere). */
    isolatedAvoidable: number;
    perField: Record<string, { balance: number }>;
  };
}

/**
 * Anticlustering: maximizes within-group dissimilarity of profiles (choice fields 0/1, number fields
 * normalized difference, weighted) from a seeded random balanced start by pairwise swaps, then removes
 * avoidable lone-minority cases and lifts the least diverse group. Locked people never move.
 */
export function diverseGroups(
  participants: ProfileParticipant[],
  fields: ProfileField[],
  options: DiverseOptions,
): DiverseResult {
  const bounds = options.sizes ?? defaultGroupSizeBounds;
  const count = participants.length;
  const locked = participants.map((participant) => {
    const group = options.locked?.[participant.participantId];
    return group !== undefined && Number.isInteger(group) && group >= 0 ? group : undefined;
  });
  const highestLocked = Math.max(-1, ...locked.map((group) => group ?? -1));
  const groupCount = Math.max(chooseGroupCount(count, bounds), highestLocked + 1, count > 0 ? 1 : 0);
  const distances = profileDistances(participants, fields);
  const isolation = new MinorityIsolation(participants, fields);
  const random = createSeededRandom(options.seed);
  const search = new SwapSearch(
    distances,
    randomBalancedPartition(count, groupCount, random, locked),
    groupCount,
    locked,
    isolation,
  );
  search.maximizeDiversity(options.iterations ?? 12, random);
  search.removeIsolation();
  search.liftWorstGroup(Math.min(20, groupCount * 2));
  const groups = search.groups().filter((members, group) => members.length > 0 || group <= highestLocked);

  let randomTotal = 0;
  for (let trial = 0; trial < 5; trial++) {
    const partition = randomBalancedPartition(
      count,
      groupCount,
      createSeededRandom(options.seed + 7919 * (trial + 1)),
      locked,
    );
    randomTotal += new SwapSearch(distances, partition, groupCount, locked, isolation).meanDiversity();
  }
  const diversity = search.meanDiversity();
  const randomDiversity = randomTotal / 5;
  const isolated = groups.flatMap((members) => isolation.isolatedIn(members));
  const groupOf = search.assignment();
  const perField: Record<string, { balance: number }> = {};
  for (const field of fields) perField[field.key] = { balance: fieldBalance(participants, field, groups) };
  return {
    groups: groups.map((members) => ({
      members: members.map((member) => participants[member]?.participantId ?? ''),
    })),
    report: {
      diversity,
      randomDiversity,
      ratio: randomDiversity > 0 ? diversity / randomDiversity : 1,
      worstGroupDiversity: Math.min(
        ...groups.filter((m) => m.length > 1).map((m) => search.groupDiversity(m)),
        diversity,
      ),
      isolatedMinorityMembers: isolated.length,
      isolatedAvoidable: isolated.filter(({ member, field }) =>
        isolation.avoidable(member, field, groupOf, locked),
      ).length,
      perField,
    },
  };
}
