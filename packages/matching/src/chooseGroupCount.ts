import type { GroupSizeBounds } from './groupSizeBounds.ts';

/**
 * Number of groups for `count` people: a k with min·k ≤ count ≤ max·k closest to count / target.
 * Fewer people than `min` (or no feasible k) gives one group with everyone.
 */
export function chooseGroupCount(count: number, bounds: GroupSizeBounds): number {
  if (count <= 0) return 0;
  const lowest = Math.max(1, Math.ceil(count / bounds.max));
  const highest = Math.floor(count / bounds.min);
  if (highest < lowest) return count < bounds.min ? 1 : Math.max(1, lowest);
  const ideal = count / bounds.target;
  return Math.min(highest, Math.max(lowest, Math.round(ideal)));
}
