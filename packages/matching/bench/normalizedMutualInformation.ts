/** Normalized mutual information (0–1) with arithmetic-mean normalisation: I / ((H(U) + H(V)) / 2). */
export function normalizedMutualInformation(predicted: number[], gold: number[]): number {
  const total = predicted.length;
  if (total === 0) return 0;
  const joint = new Map<string, number>();
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  predicted.forEach((cluster, item) => {
    const label = gold[item] ?? 0;
    joint.set(`${cluster} ${label}`, (joint.get(`${cluster} ${label}`) ?? 0) + 1);
    left.set(cluster, (left.get(cluster) ?? 0) + 1);
    right.set(label, (right.get(label) ?? 0) + 1);
  });
  const entropy = (counts: Map<number, number>) => {
    let sum = 0;
    for (const count of counts.values()) sum -= (count / total) * Math.log(count / total);
    return sum;
  };
  let mutual = 0;
  for (const [key, count] of joint) {
    const [cluster, label] = key.split(' ').map(Number);
    const expected = ((left.get(cluster ?? 0) ?? 0) * (right.get(label ?? 0) ?? 0)) / total;
    mutual += (count / total) * Math.log(count / expected);
  }
  const denominator = (entropy(left) + entropy(right)) / 2;
  return denominator > 0 ? mutual / denominator : 1;
}
