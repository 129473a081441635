import type { MinorityIsolation } from './minorityIsolation.ts';
import type { RandomSource } from './seededRandom.ts';
import { shuffleInPlace } from './shuffleInPlace.ts';

/** Pairwise-swap local search over a partition with a precomputed distance matrix. */
export class SwapSearch {
  private readonly groupOf: number[];
  private readonly toGroup: Float64Array;
  private readonly count: number;

  constructor(
    private readonly distances: Float64Array,
    partition: number[],
    private readonly groupCount: number,
    private readonly locked: (number | undefined)[],
    private readonly isolation: MinorityIsolation,
  ) {
    this.count = partition.length;
    this.groupOf = [...partition];
    this.toGroup = new Float64Array(this.count * groupCount);
    for (let member = 0; member < this.count; member++) {
      for (let other = 0; other < this.count; other++) {
        const slot = member * groupCount + (this.groupOf[other] ?? 0);
        if (other !== member) this.toGroup[slot] = (this.toGroup[slot] ?? 0) + this.distance(member, other);
      }
    }
  }

  /** Best-improvement swaps on the sum of within-group distances, for at most `passes` sweeps. */
  maximizeDiversity(passes: number, random: RandomSource): void {
    const order = shuffleInPlace(
      Array.from({ length: this.count }, (_, member) => member),
      random,
    );
    for (let pass = 0; pass < passes; pass++) {
      let improved = false;
      for (const member of order) {
        if (this.locked[member] !== undefined) continue;
        let best = -1;
        let bestGain = 1e-12;
        for (let other = 0; other < this.count; other++) {
          if (this.locked[other] !== undefined || this.groupOf[other] === this.groupOf[member]) continue;
          const gain = this.swapGain(member, other);
          if (gain > bestGain) [best, bestGain] = [other, gain];
        }
        if (best >= 0) {
          this.swap(member, best);
          improved = true;
        }
      }
      if (!improved) return;
    }
  }

  /** Swaps that reduce lone-minority cases, preferring those that keep the most diversity. */
  removeIsolation(): void {
    for (let pass = 0; pass < 10; pass++) {
      let changed = false;
      for (let group = 0; group < this.groupCount; group++) {
        const groups = this.groups();
        const members = groups[group] ?? [];
        const lonely = this.isolation.isolatedIn(members);
        if (lonely.length === 0) continue;
        const peers = new Set(lonely.flatMap(({ member, field }) => this.isolation.peersOf(member, field)));
        let best: { member: number; other: number; reduction: number; gain: number } | undefined;
        for (const member of members) {
          if (this.locked[member] !== undefined) continue;
          const isLonely = lonely.some((entry) => entry.member === member);
          for (let other = 0; other < this.count; other++) {
            if (this.locked[other] !== undefined || this.groupOf[other] === group) continue;
            // Only swaps that move a lonely member out or bring one of their peers in can help.
            if (!isLonely && !peers.has(other)) continue;
            const reduction = this.isolationChange(member, other, groups);
            if (reduction <= 0) continue;
            const gain = this.swapGain(member, other);
            if (!best || reduction > best.reduction || (reduction === best.reduction && gain > best.gain)) {
              best = { member, other, reduction, gain };
            }
          }
        }
        if (best) {
          this.swap(best.member, best.other);
          changed = true;
        }
      }
      if (!changed) return;
    }
  }

  /** Swaps that raise the least diverse group's mean distance without adding lone-minority cases. */
  liftWorstGroup(rounds: number): void {
    for (let round = 0; round < rounds; round++) {
      const groups = this.groups();
      const scores = groups.map((members) => (members.length > 1 ? this.groupDiversity(members) : Infinity));
      const worst = scores.indexOf(Math.min(...scores));
      const floor = scores[worst] ?? 0;
      let best: { member: number; other: number; value: number } | undefined;
      for (const member of groups[worst] ?? []) {
        if (this.locked[member] !== undefined) continue;
        for (let other = 0; other < this.count; other++) {
          const otherGroup = this.groupOf[other] ?? 0;
          if (this.locked[other] !== undefined || otherGroup === worst) continue;
          if (this.isolationChange(member, other, groups) < 0) continue;
          const swapped = (members: number[]) =>
            members.map((m) => (m === member ? other : m === other ? member : m));
          const value = Math.min(
            this.groupDiversity(swapped(groups[worst] ?? [])),
            this.groupDiversity(swapped(groups[otherGroup] ?? [])),
          );
          if (value > floor + 1e-12 && (!best || value > best.value)) best = { member, other, value };
        }
      }
      if (!best) return;
      this.swap(best.member, best.other);
    }
  }

  /** Mean distance over all within-group pairs. */
  meanDiversity(): number {
    let sum = 0;
    let pairs = 0;
    for (const members of this.groups()) {
      for (const member of members)
        sum += this.toGroup[member * this.groupCount + (this.groupOf[member] ?? 0)] ?? 0;
      pairs += (members.length * (members.length - 1)) / 2;
    }
    return pairs > 0 ? sum / 2 / pairs : 0;
  }

  /** Mean pairwise distance inside one set of members. */
  groupDiversity(members: number[]): number {
    let sum = 0;
    for (let first = 0; first < members.length; first++) {
      for (let second = first + 1; second < members.length; second++) {
        sum += this.distance(members[first] ?? 0, members[second] ?? 0);
      }
    }
    const pairs = (members.length * (members.length - 1)) / 2;
    return pairs > 0 ? sum / pairs : 0;
  }

  groups(): number[][] {
    const groups: number[][] = Array.from({ length: this.groupCount }, () => []);
    this.groupOf.forEach((group, member) => {
      groups[group]?.push(member);
    });
    return groups;
  }

  assignment(): number[] {
    return [...this.groupOf];
  }

  private distance(left: number, right: number): number {
    return this.distances[left * this.count + right] ?? 0;
  }

  private swapGain(member: number, other: number): number {
    const from = this.groupOf[member] ?? 0;
    const to = this.groupOf[other] ?? 0;
    const between = this.distance(member, other);
    const row = (who: number, group: number) => this.toGroup[who * this.groupCount + group] ?? 0;
    return row(member, to) - between + row(other, from) - between - row(member, from) - row(other, to);
  }

  private isolationChange(member: number, other: number, groups: number[][]): number {
    const from = this.groupOf[member] ?? 0;
    const to = this.groupOf[other] ?? 0;
    const before = groups[from] ?? [];
    const after = groups[to] ?? [];
    const old = this.isolation.isolatedIn(before).length + this.isolation.isolatedIn(after).length;
    const movedFrom = before.map((m) => (m === member ? other : m));
    const movedTo = after.map((m) => (m === other ? member : m));
    return old - this.isolation.isolatedIn(movedFrom).length - this.isolation.isolatedIn(movedTo).length;
  }

  private swap(member: number, other: number): void {
    const from = this.groupOf[member] ?? 0;
    const to = this.groupOf[other] ?? 0;
    for (let who = 0; who < this.count; who++) {
      const change = this.distance(who, other) - this.distance(who, member);
      this.toGroup[who * this.groupCount + from] = (this.toGroup[who * this.groupCount + from] ?? 0) + change;
      this.toGroup[who * this.groupCount + to] = (this.toGroup[who * this.groupCount + to] ?? 0) - change;
    }
    this.groupOf[member] = to;
    this.groupOf[other] = from;
  }
}
