import { diversityCeiling } from './diversityCeiling.ts';
import { fieldBalance } from './fieldBalance.ts';
import { MinorityIsolation } from './minorityIsolation.ts';
import { partitionDiversity } from './partitionDiversity.ts';
import { type ProfileField, type ProfileParticipant, profileDistances } from './profileDistances.ts';
import { randomBalancedPartition } from './randomBalancedPartition.ts';
import { createSeededRandom } from './seededRandom.ts';

/** Options of {@link describeDiversity}. */
export interface DescribeDiversityOptions {
  /** Seed of the random groupings the diversity is compared with; the same seed gives the same report. */
  seed: number;
  /** Participant ids locked in their group: random groupings keep them there, and no move is avoidable for them. */
  locked?: Iterable<string>;
}

/** How diverse a grouping is, compared with random grouping of the same people into as many groups. */
export interface DiversityReport {
  /** Mean dissimilarity of within-group pairs (0..1). */
  diversity: number;
  /** Same measure averaged over five seeded random balanced groupings. */
  randomDiversity: number;
  ratio: number;
  /** Upper bound on `diversity` for these group sizes (see `diversityCeiling`). */
  ceiling: number;
  /** ceiling / randomDiversity: the best ratio any grouping could reach. */
  ceilingRatio: number;
  /** Share of the possible gain over random reached: (diversity − random) / (ceiling − random). */
  gainShare: number;
  worstGroupDiversity: number;
  /** The least diverse group's mean dissimilarity, averaged over the random groupings. */
  randomWorstGroupDiversity: number;
  /** (member, field) cases where someone is an isolated minority member (see `MinorityIsolation`). */
  isolatedMinorityMembers: number;
  /** Of those, cases another member of the category could have joined (not locked elsewhere). */
  isolatedAvoidable: number;
  perField: Record<string, { balance: number }>;
}

const randomTrials = 5;

/**
 * Describes any grouping of profiles, such as one the facilitator rearranged by hand: its mean
 * within-group dissimilarity (as `profileDistances` measures it) against random balanced groupings
 * into as many groups and against `diversityCeiling` for its group sizes, its least diverse group,
 * isolated minority members and the balance of each field. Only the people placed in `groups` are
 * described (the first place counts if someone appears twice); a member missing from `participants`
 * counts as having no known values.
 */
export function describeDiversity(
  participants: readonly ProfileParticipant[],
  fields: ProfileField[],
  groups: readonly { members: readonly string[] }[],
  options: DescribeDiversityOptions,
): DiversityReport {
  const groupOfId = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const member of group.members) if (!groupOfId.has(member)) groupOfId.set(member, index);
  });
  const known = new Set<string>();
  const placed: ProfileParticipant[] = [];
  for (const participant of participants) {
    if (groupOfId.has(participant.participantId) && !known.has(participant.participantId)) {
      known.add(participant.participantId);
      placed.push(participant);
    }
  }
  for (const participantId of groupOfId.keys()) {
    if (!known.has(participantId)) placed.push({ participantId, profile: {} });
  }
  const count = placed.length;
  const groupCount = groups.length;
  const partition = placed.map((participant) => groupOfId.get(participant.participantId) ?? 0);
  const members: number[][] = Array.from({ length: groupCount }, () => []);
  partition.forEach((group, member) => {
    members[group]?.push(member);
  });
  const lockedIds = new Set(options.locked ?? []);
  const locked = placed.map((participant, member) =>
    lockedIds.has(participant.participantId) ? partition[member] : undefined,
  );

  const distances = profileDistances(placed, fields);
  const rule = new MinorityIsolation(placed, fields);
  const measured = partitionDiversity(distances, partition, groupCount);
  let randomTotal = 0;
  let randomWorst = 0;
  for (let trial = 0; trial < randomTrials; trial++) {
    const random = createSeededRandom(options.seed + 7919 * (trial + 1));
    const baseline = partitionDiversity(
      distances,
      randomBalancedPartition(count, groupCount, random, locked),
      groupCount,
    );
    randomTotal += baseline.mean;
    randomWorst += baseline.worst;
  }
  const diversity = measured.mean;
  const randomDiversity = randomTotal / randomTrials;
  const ceiling = diversityCeiling(
    placed,
    fields,
    members.map((group) => group.length),
  );
  const isolated = members.flatMap((group) => rule.isolatedIn(group));
  const perField: Record<string, { balance: number }> = {};
  for (const field of fields) perField[field.key] = { balance: fieldBalance(placed, field, members) };
  return {
    diversity,
    randomDiversity,
    ratio: randomDiversity > 0 ? diversity / randomDiversity : 1,
    ceiling,
    ceilingRatio: randomDiversity > 0 ? ceiling / randomDiversity : 1,
    gainShare:
      ceiling - randomDiversity > 1e-12 ? (diversity - randomDiversity) / (ceiling - randomDiversity) : 1,
    worstGroupDiversity: Math.min(diversity, measured.worst),
    randomWorstGroupDiversity: randomWorst / randomTrials,
    isolatedMinorityMembers: isolated.length,
    isolatedAvoidable: isolated.filter(({ member, field }) =>
      rule.avoidable(member, field, partition, locked),
    ).length,
    perField,
  };
}
