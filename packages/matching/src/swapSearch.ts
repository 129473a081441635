import { IsolationCounts } from './isolationCounts.ts';
import type { MinorityIsolation } from './minorityIsolation.ts';

/**
 * A partition under pairwise-swap local search. For every person it keeps the sum of their distances to
 * each group, so the change in total within-group distance a swap would cause costs O(1) and a swap
 * costs O(N); it keeps category counts per group for the change in isolated minority members.
 */
export class SwapSearch {
  readonly count: number;
  readonly isolation: IsolationCounts;
  private readonly group: Int32Array;
  private readonly free: Uint8Array;
  /** Person × group: sum of distances from the person to the group's other members. */
  private readonly links: Float64Array;
  private readonly sums: Float64Array;
  private readonly sizes: Int32Array;

  constructor(
    private readonly distances: Float64Array,
    partition: ArrayLike<number>,
    readonly groupCount: number,
    locked: (number | undefined)[],
    rule: MinorityIsolation,
  ) {
    const count = partition.length;
    this.count = count;
    this.group = Int32Array.from(partition);
    this.free = Uint8Array.from({ length: count }, (_, member) => (locked[member] === undefined ? 1 : 0));
    this.links = new Float64Array(count * groupCount);
    this.sums = new Float64Array(groupCount);
    this.sizes = new Int32Array(groupCount);
    for (let member = 0; member < count; member++) {
      const own = this.group[member] ?? 0;
      this.sizes[own] = (this.sizes[own] ?? 0) + 1;
      for (let other = 0; other < count; other++) {
        const slot = member * groupCount + (this.group[other] ?? 0);
        if (other !== member) this.links[slot] = (this.links[slot] ?? 0) + this.distance(member, other);
      }
      this.sums[own] = (this.sums[own] ?? 0) + (this.links[member * groupCount + own] ?? 0) / 2;
    }
    this.isolation = new IsolationCounts(rule, this.group, groupCount);
  }

  /**
   * Best-partner swaps in `order` until none raises the total within-group distance minus `penalty` per
   * isolated minority member (at most `passes` sweeps). A penalty larger than any distance gain makes
   * fewer isolated members come first. Returns whether it stopped at a local optimum.
   */
  improve(order: readonly number[], penalty: number, passes: number): boolean {
    const { count, groupCount, distances, links, group, free, isolation } = this;
    // A candidate whose two groups are unchanged since the member last looked was not worth it then
    // and is not now: after the first pass, only changed groups are looked at again.
    const changedAt = new Int32Array(groupCount);
    const lookedAt = new Int32Array(count).fill(-1);
    let clock = 0;
    for (let pass = 0; pass < passes; pass++) {
      let swaps = 0;
      for (const member of order) {
        if (free[member] !== 1) continue;
        const from = group[member] ?? 0;
        const since = lookedAt[member] ?? -1;
        const everyone = since < 0 || (changedAt[from] ?? 0) > since;
        lookedAt[member] = clock;
        const row = member * groupCount;
        const stay = links[row + from] ?? 0;
        const isolatedHere = isolation.inGroup(from);
        let best = -1;
        let bestScore = 1e-9;
        for (let other = 0; other < count; other++) {
          const to = group[other] ?? 0;
          if (to === from || free[other] !== 1 || (!everyone && (changedAt[to] ?? 0) <= since)) continue;
          let score =
            (links[row + to] ?? 0) -
            stay +
            (links[other * groupCount + from] ?? 0) -
            (links[other * groupCount + to] ?? 0) -
            2 * (distances[member * count + other] ?? 0);
          // A swap removes at most the cases its two groups have, so most candidates need no lookup.
          if (score + penalty * (isolatedHere + isolation.inGroup(to)) <= bestScore) continue;
          if (penalty > 0) score -= penalty * isolation.swapChange(member, other, from, to);
          if (score <= bestScore) continue;
          best = other;
          bestScore = score;
        }
        if (best >= 0) {
          clock++;
          changedAt[from] = clock;
          changedAt[group[best] ?? 0] = clock;
          this.swap(member, best);
          swaps++;
        }
      }
      if (swaps === 0) return true;
    }
    return false;
  }

  /** Change in the total within-group distance if `member` and `other` swapped groups. */
  swapGain(member: number, other: number): number {
    const from = this.groupOf(member);
    const to = this.groupOf(other);
    return (
      this.link(member, to) -
      this.link(member, from) +
      this.link(other, from) -
      this.link(other, to) -
      2 * this.distance(member, other)
    );
  }

  /** Swaps the groups of `member` and `other`. */
  swap(member: number, other: number): void {
    const { count, groupCount, distances, links } = this;
    const from = this.groupOf(member);
    const to = this.groupOf(other);
    const between = this.distance(member, other);
    this.sums[from] = this.groupSum(from) - this.link(member, from) + this.link(other, from) - between;
    this.sums[to] = this.groupSum(to) - this.link(other, to) + this.link(member, to) - between;
    for (let who = 0; who < count; who++) {
      const change = (distances[who * count + other] ?? 0) - (distances[who * count + member] ?? 0);
      links[who * groupCount + from] = (links[who * groupCount + from] ?? 0) + change;
      links[who * groupCount + to] = (links[who * groupCount + to] ?? 0) - change;
    }
    this.isolation.applySwap(member, other, from, to);
    this.group[member] = to;
    this.group[other] = from;
  }

  /**
   * Sums of distances inside the two groups if `leaving` (all in one group) and `coming` (all in
   * another) swapped groups, the pairs inside each set staying together.
   */
  exchangeSums(leaving: readonly number[], coming: readonly number[]): { from: number; to: number } {
    const from = this.groupOf(leaving[0] ?? 0);
    const to = this.groupOf(coming[0] ?? 0);
    let fromSum = this.groupSum(from) + this.within(leaving) + this.within(coming);
    let toSum = this.groupSum(to) + this.within(leaving) + this.within(coming);
    for (const member of leaving) {
      fromSum -= this.link(member, from);
      toSum += this.link(member, to);
      for (const other of coming) {
        fromSum -= this.distance(member, other);
        toSum -= this.distance(member, other);
      }
    }
    for (const other of coming) {
      fromSum += this.link(other, from);
      toSum -= this.link(other, to);
    }
    return { from: fromSum, to: toSum };
  }

  /** Members of `group`, in index order. */
  membersOf(group: number): number[] {
    const members: number[] = [];
    for (let member = 0; member < this.count; member++)
      if (this.group[member] === group) members.push(member);
    return members;
  }

  groupOf(member: number): number {
    return this.group[member] ?? 0;
  }

  isFree(member: number): boolean {
    return this.free[member] === 1;
  }

  distance(member: number, other: number): number {
    return this.distances[member * this.count + other] ?? 0;
  }

  /** Sum of distances from `member` to the members of `group` other than themself. */
  link(member: number, group: number): number {
    return this.links[member * this.groupCount + group] ?? 0;
  }

  /** Sum of distances over the pairs inside `group`. */
  groupSum(group: number): number {
    return this.sums[group] ?? 0;
  }

  groupSize(group: number): number {
    return this.sizes[group] ?? 0;
  }

  /** Mean distance over the pairs inside `group` (0 below two members). */
  groupDiversity(group: number): number {
    const size = this.groupSize(group);
    return size > 1 ? (2 * this.groupSum(group)) / (size * (size - 1)) : 0;
  }

  /** Mean distance over all within-group pairs. */
  meanDiversity(): number {
    let sum = 0;
    let pairs = 0;
    for (let group = 0; group < this.groupCount; group++) {
      sum += this.groupSum(group);
      pairs += (this.groupSize(group) * (this.groupSize(group) - 1)) / 2;
    }
    return pairs > 0 ? sum / pairs : 0;
  }

  groups(): number[][] {
    const groups: number[][] = Array.from({ length: this.groupCount }, () => []);
    this.group.forEach((group, member) => {
      groups[group]?.push(member);
    });
    return groups;
  }

  /** Sum of distances over the pairs inside `members`. */
  private within(members: readonly number[]): number {
    let sum = 0;
    for (let first = 0; first < members.length; first++) {
      for (let second = first + 1; second < members.length; second++) {
        sum += this.distance(members[first] ?? 0, members[second] ?? 0);
      }
    }
    return sum;
  }
}
