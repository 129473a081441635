/** Mean within-group pairwise distance of a partition, and that of its least diverse group. */
export function partitionDiversity(
  distances: Float64Array,
  partition: readonly number[],
  groupCount: number,
): { mean: number; worst: number } {
  const count = partition.length;
  const groups: number[][] = Array.from({ length: groupCount }, () => []);
  partition.forEach((group, member) => {
    groups[group]?.push(member);
  });
  let total = 0;
  let pairs = 0;
  let worst = Number.POSITIVE_INFINITY;
  for (const members of groups) {
    let sum = 0;
    for (let first = 0; first < members.length; first++) {
      for (let second = first + 1; second < members.length; second++) {
        sum += distances[(members[first] ?? 0) * count + (members[second] ?? 0)] ?? 0;
      }
    }
    const groupPairs = (members.length * (members.length - 1)) / 2;
    total += sum;
    pairs += groupPairs;
    if (groupPairs > 0) worst = Math.min(worst, sum / groupPairs);
  }
  const mean = pairs > 0 ? total / pairs : 0;
  return { mean, worst: Number.isFinite(worst) ? worst : mean };
}
