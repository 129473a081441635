import { chooseGroupCount } from './chooseGroupCount.ts';
import { type DiversityReport, describeDiversity } from './describeDiversity.ts';
import { defaultGroupSizeBounds, type GroupSizeBounds } from './groupSizeBounds.ts';
import { liftWorstGroup } from './liftWorstGroup.ts';
import { MinorityIsolation } from './minorityIsolation.ts';
import { type ProfileField, type ProfileParticipant, profileDistances } from './profileDistances.ts';
import { randomBalancedPartition } from './randomBalancedPartition.ts';
import { removeIsolation } from './removeIsolation.ts';
import { createSeededRandom } from './seededRandom.ts';
import { shuffleInPlace } from './shuffleInPlace.ts';
import { SwapSearch } from './swapSearch.ts';

/** Options of {@link diverseGroups}. */
export interface DiverseOptions {
  seed: number;
  sizes?: GroupSizeBounds;
  /** Bound on swap-search passes per phase (default 30). */
  iterations?: number;
  /** Seeded starts of the search; the best result is kept (default: more for fewer people). */
  restarts?: number;
  /** participantId → group index the facilitator locked. */
  locked?: Record<string, number>;
}

/** Diverse groups and how they compare with random grouping (see {@link describeDiversity}). */
export interface DiverseResult {
  groups: { members: string[] }[];
  report: DiversityReport;
}

/** A penalty per isolated minority member that no gain in distance can outweigh. */
const strictPenalty = 1e6;
/**
 * Penalties of the successive search phases: diversity alone first, then isolation weighed more and
 * more, so that minorities are paired where it costs the least diversity.
 */
const penalties = [0, 0.3, 1, strictPenalty];

/**
 * Anticlustering: maximizes within-group dissimilarity of profiles (choice fields 0/1, number fields
 * normalized difference, weighted) by best-partner swaps from seeded random balanced starts, first for
 * diversity alone, then with a growing penalty per isolated minority member until none is left where a
 * swap can avoid it (see `MinorityIsolation`); keeps the best start and lifts groups left far below the
 * mean. Locked people never move; the same seed gives the same groups. The report compares the result
 * with random grouping and with `diversityCeiling`, the most any grouping of these sizes could reach.
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
  const rule = new MinorityIsolation(participants, fields);
  const passes = options.iterations ?? 30;
  const restarts = options.restarts ?? defaultRestarts(count);
  let search: SwapSearch | undefined;
  for (let start = 0; start < Math.max(1, restarts); start++) {
    const random = createSeededRandom(options.seed + 104_729 * start);
    const candidate = new SwapSearch(
      distances,
      randomBalancedPartition(count, groupCount, random, locked),
      groupCount,
      locked,
      rule,
    );
    const order = shuffleInPlace(
      Array.from({ length: count }, (_, member) => member),
      random,
    );
    for (const penalty of penalties) {
      // Middle phases only steer, so two passes do; the first and the last run to a local optimum.
      const phasePasses = penalty > 0 && penalty < strictPenalty ? Math.min(2, passes) : passes;
      // Once nobody is isolated at a local optimum, a higher penalty cannot move it.
      if (candidate.improve(order, penalty, phasePasses) && candidate.isolation.total === 0) break;
    }
    if (candidate.isolation.total > 0) {
      removeIsolation(candidate, rule, 20);
      candidate.improve(order, strictPenalty, passes);
    }
    if (!search || isBetter(candidate, search)) search = candidate;
  }
  if (!search) throw new Error('diverseGroups: no search ran');
  liftWorstGroup(search, rule, Math.min(20, groupCount * 2));
  const groups = search.groups().filter((members, group) => members.length > 0 || group <= highestLocked);

  const placed = groups.map((members) => ({
    members: members.map((member) => participants[member]?.participantId ?? ''),
  }));
  return {
    groups: placed,
    report: describeDiversity(participants, fields, placed, {
      seed: options.seed,
      locked: participants.flatMap((participant, member) =>
        locked[member] === undefined ? [] : [participant.participantId],
      ),
    }),
  };
}

/** Fewer isolated members first, then more diversity. */
function isBetter(candidate: SwapSearch, incumbent: SwapSearch): boolean {
  if (candidate.isolation.total !== incumbent.isolation.total) {
    return candidate.isolation.total < incumbent.isolation.total;
  }
  return candidate.meanDiversity() > incumbent.meanDiversity() + 1e-12;
}

/** Up to four starts for small sessions, where a pass (about N² swap evaluations) is cheap; one from 200 people. */
function defaultRestarts(count: number): number {
  return Math.max(1, Math.min(4, Math.floor(40_000 / Math.max(1, count * count))));
}
