import { GroupCentroids } from './groupCentroids.ts';
import type { GroupSizeBounds } from './groupSizeBounds.ts';
import type { SparseVector } from './sparseVector.ts';

/** Input of {@link repairGroupSizes}. */
export interface RepairInput {
  vectors: SparseVector[];
  featureCount: number;
  /** Group per participant, or -1 for people to place (e.g. no usable answer). */
  assignment: number[];
  groupCount: number;
  bounds: GroupSizeBounds;
  /** Per participant a group index they must keep, or undefined. */
  locked: (number | undefined)[];
}

/**
 * Turns a clustering into groups within min..max with nobody left out: splits overfull clusters into
 * empty slots, places unplaced people into the smallest groups, moves the members least similar to their
 * group out of overfull groups, fills underfull groups with the most similar spare members, and dissolves a
 * group that cannot be filled. Locked people never move. Returns member indices per group.
 */
export function repairGroupSizes(input: RepairInput): number[][] {
  const { bounds, locked } = input;
  const initial: number[][] = Array.from({ length: input.groupCount }, () => []);
  input.assignment.forEach((group, member) => {
    if (group >= 0 && input.groupCount > 0) initial[Math.min(group, input.groupCount - 1)]?.push(member);
  });
  const state = new GroupCentroids(input.vectors, input.featureCount, initial);
  const sizes = () => state.members.map((members) => members.length);
  const movable = (group: number) =>
    (state.members[group] ?? []).filter((member) => locked[member] === undefined);
  const bestTarget = (member: number, accept: (group: number) => boolean) => {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    state.members.forEach((members, group) => {
      if (!accept(group)) return;
      const score = state.similarity(member, group) + (members.length < bounds.min ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [group, score];
    });
    return best;
  };

  for (;;) {
    const empty = sizes().indexOf(0);
    const largest = sizes().reduce((best, size, group, all) => (size > (all[best] ?? 0) ? group : best), 0);
    if (empty < 0 || (state.members[largest]?.length ?? 0) <= bounds.max) break;
    splitInto(state, movable(largest), largest, empty);
  }
  input.assignment.forEach((group, member) => {
    if (group >= 0) return;
    const all = sizes();
    const room = all.map((size, index) => [size, index] as const).filter(([size]) => size < bounds.max);
    const [, smallest] = (room.length > 0 ? room : all.map((size, index) => [size, index] as const)).sort(
      (left, right) => left[0] - right[0] || left[1] - right[1],
    )[0] ?? [0, 0];
    state.move(member, -1, smallest);
  });
  state.members.forEach((_, group) => {
    while ((state.members[group]?.length ?? 0) > bounds.max) {
      const candidates = movable(group);
      if (candidates.length === 0) break;
      const leaving = leastSimilar(state, candidates, group);
      const destination = bestTarget(
        leaving,
        (other) => other !== group && (state.members[other]?.length ?? 0) < bounds.max,
      );
      if (destination < 0) break;
      state.move(leaving, group, destination);
    }
  });
  fillUnderfull(state, bounds, movable);
  return state.members.map((members) => members.filter((member) => !Number.isNaN(member)));
}

function leastSimilar(state: GroupCentroids, candidates: number[], group: number): number {
  let worst = candidates[0] as number;
  let worstScore = Number.POSITIVE_INFINITY;
  for (const member of candidates) {
    const score = state.similarity(member, group);
    if (score < worstScore) [worst, worstScore] = [member, score];
  }
  return worst;
}

function splitInto(state: GroupCentroids, candidates: number[], from: number, to: number): void {
  if (candidates.length === 0) return;
  const anchor = leastSimilar(state, candidates, from);
  const leaving = Math.floor((state.members[from]?.length ?? 0) / 2);
  state.move(anchor, from, to);
  const ranked = candidates
    .filter((member) => member !== anchor)
    .map((member) => ({ member, score: state.similarity(member, to) - state.similarity(member, from) }))
    .sort((left, right) => right.score - left.score || left.member - right.member);
  for (const { member } of ranked.slice(0, leaving - 1)) state.move(member, from, to);
}

function fillUnderfull(
  state: GroupCentroids,
  bounds: GroupSizeBounds,
  movable: (group: number) => number[],
): void {
  for (let pass = 0; pass < state.members.length + 1; pass++) {
    // A dissolved group is marked [NaN] so that it is neither refilled nor chosen as a destination.
    const needy = state.members.findIndex(
      (members) => members.length > 0 && members.length < bounds.min && !Number.isNaN(members[0]),
    );
    const target = needy >= 0 ? needy : state.members.findIndex((members) => members.length === 0);
    if (target < 0) return;
    while ((state.members[target]?.length ?? 0) < bounds.min) {
      let best: { member: number; from: number; score: number } | undefined;
      state.members.forEach((members, group) => {
        if (group === target || members.length <= bounds.min) return;
        for (const member of movable(group)) {
          const score = state.similarity(member, target) - state.similarity(member, group);
          if (!best || score > best.score) best = { member, from: group, score };
        }
      });
      if (!best) break;
      state.move(best.member, best.from, target);
    }
    if ((state.members[target]?.length ?? 0) >= bounds.min) continue;
    const leaving = movable(target);
    if (leaving.length === 0 && (state.members[target]?.length ?? 0) === 0) {
      state.members[target] = [Number.NaN];
      continue;
    }
    for (const member of leaving) {
      let destination = -1;
      let score = Number.NEGATIVE_INFINITY;
      state.members.forEach((members, group) => {
        if (group === target || members.length >= bounds.max || Number.isNaN(members[0])) return;
        const similarity = state.similarity(member, group);
        if (similarity > score) [destination, score] = [group, similarity];
      });
      if (destination >= 0) state.move(member, target, destination);
    }
    if ((state.members[target]?.length ?? 0) === 0) state.members[target] = [Number.NaN];
  }
}
