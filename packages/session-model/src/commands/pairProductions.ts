/**
 * Pairs each new group with the existing production that has most of its members (largest overlaps first,
 * each production and each group used once). Returns group index → production id; unpaired groups get a
 * new production, unpaired productions are retired by the caller.
 */
export function pairProductions(
  productions: readonly { id: string; members: readonly string[] }[],
  groups: readonly { members: readonly string[] }[],
): Map<number, string> {
  const pairs = groups.flatMap((group, groupIndex) => {
    const members = new Set(group.members);
    return productions.map((production, productionIndex) => ({
      groupIndex,
      productionIndex,
      overlap: production.members.filter((member) => members.has(member)).length,
    }));
  });
  pairs.sort(
    (left, right) =>
      right.overlap - left.overlap ||
      left.productionIndex - right.productionIndex ||
      left.groupIndex - right.groupIndex,
  );
  const paired = new Map<number, string>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (pair.overlap === 0) break;
    if (paired.has(pair.groupIndex) || taken.has(pair.productionIndex)) continue;
    const production = productions[pair.productionIndex];
    if (!production) continue;
    paired.set(pair.groupIndex, production.id);
    taken.add(pair.productionIndex);
  }
  return paired;
}
