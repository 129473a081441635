import type { RandomSource } from './seededRandom.ts';
import { shuffleInPlace } from './shuffleInPlace.ts';

/**
 * Group index per participant: locked people in their group, everyone else shuffled and dealt so that
 * group sizes differ by at most one where locks allow.
 */
export function randomBalancedPartition(
  count: number,
  groupCount: number,
  random: RandomSource,
  locked: (number | undefined)[] = [],
): number[] {
  const groupOf = new Array<number>(count).fill(-1);
  const sizes = new Array<number>(groupCount).fill(0);
  locked.forEach((group, member) => {
    if (group === undefined || member >= count) return;
    groupOf[member] = group;
    sizes[group] = (sizes[group] ?? 0) + 1;
  });
  const free = shuffleInPlace(
    groupOf.flatMap((group, member) => (group < 0 ? [member] : [])),
    random,
  );
  for (const member of free) {
    let smallest = 0;
    sizes.forEach((size, group) => {
      if (size < (sizes[smallest] ?? 0)) smallest = group;
    });
    groupOf[member] = smallest;
    sizes[smallest] = (sizes[smallest] ?? 0) + 1;
  }
  return groupOf;
}
