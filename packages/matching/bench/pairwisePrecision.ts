/** Share (0–1) of within-group pairs whose members have the same gold label. */
export function pairwisePrecision(groups: number[][], gold: number[]): number {
  let same = 0;
  let pairs = 0;
  for (const members of groups) {
    for (let first = 0; first < members.length; first++) {
      for (let second = first + 1; second < members.length; second++) {
        pairs++;
        if (gold[members[first] ?? 0] === gold[members[second] ?? 0]) same++;
      }
    }
  }
  return pairs > 0 ? same / pairs : 0;
}
