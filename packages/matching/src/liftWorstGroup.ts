import type { MinorityIsolation } from './minorityIsolation.ts';
import type { SwapSearch } from './swapSearch.ts';

/** Groups at or above this share of the mean diversity are left alone: lifting costs more than it gives. */
const liftBelow = 0.8;

interface Lift {
  leaving: number[];
  coming: number[];
  to: number;
  value: number;
  gain: number;
}

/**
 * Raises the least diverse group's mean distance while it is below four fifths of the overall mean,
 * round by round. Candidates are swaps of one of its members with one of another group, and exchanges
 * of two with two where one of the pairs shares a minority category (a pair that must stay together, so
 * no single swap can move it). Of those that add no isolated minority member, it takes the one whose two
 * groups end up with the highest lower mean (above the current worst), then the one keeping the most
 * total diversity.
 */
export function liftWorstGroup(search: SwapSearch, rule: MinorityIsolation, rounds: number): void {
  const groups = Array.from({ length: search.groupCount }, (_, group) => search.membersOf(group));
  for (let round = 0; round < rounds; round++) {
    let worst = -1;
    for (let group = 0; group < search.groupCount; group++) {
      if (search.groupSize(group) < 2) continue;
      if (worst < 0 || search.groupDiversity(group) < search.groupDiversity(worst)) worst = group;
    }
    if (worst < 0 || search.groupDiversity(worst) >= liftBelow * search.meanDiversity()) return;
    const mine = (groups[worst] ?? []).filter((member) => search.isFree(member));
    const single = bestLift(search, groups, worst, singles(mine), singles);
    const pair = bestLift(search, groups, worst, minorityPairs(rule, mine, true), (members) =>
      minorityPairs(rule, members, false),
    );
    const best = !pair || (single && single.value >= pair.value - 1e-12) ? single : pair;
    if (!best) return;
    best.leaving.forEach((member, index) => {
      search.swap(member, best.coming[index] ?? member);
    });
    groups[worst] = search.membersOf(worst);
    groups[best.to] = search.membersOf(best.to);
  }
}

function bestLift(
  search: SwapSearch,
  groups: number[][],
  worst: number,
  leavingSets: Exchangeable[],
  comingSetsOf: (members: number[]) => Exchangeable[],
): Lift | undefined {
  const floor = search.groupDiversity(worst);
  const worstPairs = pairsIn(search.groupSize(worst));
  let best: Lift | undefined;
  for (let to = 0; to < search.groupCount; to++) {
    if (to === worst || search.groupSize(to) < 2) continue;
    const otherPairs = pairsIn(search.groupSize(to));
    const comingSets = comingSetsOf((groups[to] ?? []).filter((member) => search.isFree(member)));
    for (const { members: leaving, shared } of leavingSets) {
      for (const { members: coming, shared: sharedToo } of comingSets) {
        if (!shared && !sharedToo) continue;
        const sums = search.exchangeSums(leaving, coming);
        const value = Math.min(sums.from / worstPairs, sums.to / otherPairs);
        if (value <= floor + 1e-9 || (best && value < best.value - 1e-12)) continue;
        const gain = sums.from + sums.to - search.groupSum(worst) - search.groupSum(to);
        if (best && value - best.value < 1e-12 && gain <= best.gain) continue;
        if (search.isolation.exchangeChange(leaving, coming, worst, to) > 0) continue;
        best = { leaving, coming, to, value, gain };
      }
    }
  }
  return best;
}

/** Members exchanged together; `shared` when that alone makes the exchange worth trying. */
interface Exchangeable {
  members: number[];
  shared: boolean;
}

function singles(members: number[]): Exchangeable[] {
  return members.map((member) => ({ members: [member], shared: true }));
}

/**
 * Pairs of `members`; only pairs sharing a minority category are worth moving together (a single swap
 * would leave one of them isolated), so an exchange needs one such pair on either side.
 */
function minorityPairs(rule: MinorityIsolation, members: number[], keepAll: boolean): Exchangeable[] {
  const pairs: Exchangeable[] = [];
  for (let first = 0; first < members.length; first++) {
    for (let second = first + 1; second < members.length; second++) {
      const pair = [members[first] ?? 0, members[second] ?? 0];
      const shared = rule.shareMinority(pair[0] ?? 0, pair[1] ?? 0);
      if (shared || keepAll) pairs.push({ members: pair, shared });
    }
  }
  return pairs;
}

function pairsIn(size: number): number {
  return (size * (size - 1)) / 2;
}
