import { chooseGroupCount, type GroupSizeBounds } from '@peerloom/matching';

/** How many groups the sizes give for `people`, and the sizes of the smallest and largest of them. */
export function planGroups(people: number, bounds: GroupSizeBounds) {
  const groups = chooseGroupCount(people, bounds);
  if (groups === 0) return { groups, smallest: 0, largest: 0 };
  return { groups, smallest: Math.floor(people / groups), largest: Math.ceil(people / groups) };
}
