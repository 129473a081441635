import type { MinorityIsolation } from './minorityIsolation.ts';
import type { SwapSearch } from './swapSearch.ts';

interface Exchange {
  leaving: number[];
  coming: number[];
  change: number;
  gain: number;
}

/**
 * Removes isolated minority members the swap search left, group by group: the swap of one person (a
 * lone member out, or a member of a lone member's category in) or, when no such swap helps, of two
 * people with two of another group, that removes the most cases and then keeps the most diversity.
 */
export function removeIsolation(search: SwapSearch, rule: MinorityIsolation, rounds: number): void {
  for (let round = 0; round < rounds && search.isolation.total > 0; round++) {
    let changed = false;
    const groups = Array.from({ length: search.groupCount }, (_, group) => search.membersOf(group));
    for (let group = 0; group < search.groupCount; group++) {
      if (search.isolation.inGroup(group) === 0) continue;
      const members = groups[group] ?? [];
      const lonely = rule.isolatedIn(members);
      const best =
        bestSwap(search, rule, group, members, lonely) ?? bestPairExchange(search, groups, group, lonely);
      if (!best) continue;
      const to = search.groupOf(best.coming[0] ?? 0);
      best.leaving.forEach((member, index) => {
        search.swap(member, best.coming[index] ?? member);
      });
      groups[group] = search.membersOf(group);
      groups[to] = search.membersOf(to);
      changed = true;
    }
    if (!changed) return;
  }
}

function bestSwap(
  search: SwapSearch,
  rule: MinorityIsolation,
  group: number,
  members: number[],
  lonely: { member: number; field: number }[],
): Exchange | undefined {
  let best: Exchange | undefined;
  for (const member of members) {
    if (!search.isFree(member)) continue;
    const movesLonely = lonely.some((entry) => entry.member === member);
    for (let other = 0; other < search.count; other++) {
      if (!search.isFree(other) || search.groupOf(other) === group) continue;
      const bringsPeer = lonely.some(
        ({ member: alone, field }) => rule.category(field, alone) === rule.category(field, other),
      );
      if (!movesLonely && !bringsPeer) continue;
      const change = search.isolation.swapChange(member, other, group, search.groupOf(other));
      if (change >= 0) continue;
      best = better(best, {
        leaving: [member],
        coming: [other],
        change,
        gain: search.swapGain(member, other),
      });
    }
  }
  return best;
}

/** A lone member and one group-mate exchanged with two members of another group. */
function bestPairExchange(
  search: SwapSearch,
  groups: number[][],
  group: number,
  lonely: { member: number; field: number }[],
): Exchange | undefined {
  let best: Exchange | undefined;
  const members = (groups[group] ?? []).filter((member) => search.isFree(member));
  for (const { member } of lonely) {
    if (!search.isFree(member)) continue;
    for (const mate of members) {
      if (mate === member) continue;
      const leaving = [member, mate];
      groups.forEach((others, to) => {
        if (to === group) return;
        const free = others.filter((other) => search.isFree(other));
        for (let first = 0; first < free.length; first++) {
          for (let second = first + 1; second < free.length; second++) {
            const coming = [free[first] ?? 0, free[second] ?? 0];
            const change = search.isolation.exchangeChange(leaving, coming, group, to);
            if (change >= 0) continue;
            const sums = search.exchangeSums(leaving, coming);
            const gain = sums.from + sums.to - search.groupSum(group) - search.groupSum(to);
            best = better(best, { leaving, coming, change, gain });
          }
        }
      });
    }
  }
  return best;
}

/** Fewer isolated cases first, then the larger diversity gain. */
function better(current: Exchange | undefined, candidate: Exchange): Exchange {
  if (!current) return candidate;
  if (candidate.change !== current.change) return candidate.change < current.change ? candidate : current;
  return candidate.gain > current.gain ? candidate : current;
}
