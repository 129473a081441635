import { nanoid } from 'nanoid';
import type { StoredGroup } from '../schema/layout.ts';

/**
 * Gives regrouped people's groups the identity (id, number, name, place) of the previous group they share
 * most people with, largest overlaps first, so that "Group 3 at table 3" stays Group 3 after a regrouping;
 * a group with no previous counterpart gets a fresh id and the smallest free number. Sorted by number.
 */
export function keepGroupIdentities(
  kind: string,
  previous: readonly StoredGroup[],
  next: readonly Omit<StoredGroup, 'id'>[],
): StoredGroup[] {
  const before = previous.map((group, index) => ({
    ...group,
    number: Number.isInteger(group.number) ? (group.number as number) : index + 1,
  }));
  const pairs = next.flatMap((group, nextIndex) => {
    const members = new Set(group.members);
    return before.map((old, previousIndex) => ({
      nextIndex,
      previousIndex,
      overlap: old.members.filter((member) => members.has(member)).length,
    }));
  });
  pairs.sort(
    (left, right) =>
      right.overlap - left.overlap ||
      left.previousIndex - right.previousIndex ||
      left.nextIndex - right.nextIndex,
  );
  const heir = new Map<number, StoredGroup & { number: number }>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (pair.overlap === 0) break;
    if (heir.has(pair.nextIndex) || taken.has(pair.previousIndex)) continue;
    const old = before[pair.previousIndex];
    if (!old) continue;
    heir.set(pair.nextIndex, old);
    taken.add(pair.previousIndex);
  }
  const used = new Set([...heir.values()].map((old) => old.number));
  let free = 1;
  const nextFree = () => {
    while (used.has(free)) free++;
    used.add(free);
    return free;
  };
  return next
    .map((group, index) => {
      const old = heir.get(index);
      return {
        ...group,
        id: old?.id ?? `${kind}-${nanoid(8)}`,
        number: old?.number ?? nextFree(),
        name: old?.name ?? '',
        place: old?.place ?? '',
      };
    })
    .sort((left, right) => left.number - right.number);
}
