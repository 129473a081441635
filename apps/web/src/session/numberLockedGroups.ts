/**
 * Group index per locked person for grouping again: the groups holding someone locked are numbered
 * 0, 1, 2… in their current order, people locked together keep one number, and groups without a lock get
 * none. Positions in the old grouping would do instead, but the grouping algorithms make at least as many
 * groups as the highest index + 1, so a lock in group 5 would force five groups whatever the sizes.
 */
export function numberLockedGroups(
  groups: readonly { members: readonly string[] }[],
  locked: ReadonlySet<string>,
): Record<string, number> {
  const indexes: Record<string, number> = {};
  let next = 0;
  for (const group of groups) {
    const lockedMembers = group.members.filter((member) => locked.has(member));
    if (lockedMembers.length === 0) continue;
    for (const member of lockedMembers) indexes[member] = next;
    next++;
  }
  return indexes;
}
