/** A range of numbers, both ends included, as found in the data. */
export interface NumberRange {
  low: number;
  high: number;
}

/**
 * Splits numbers into at most `count` ranges of about as many people each (by rank, so that one outlier
 * does not get a range of its own); equal numbers always share a range. Unknown values stay null.
 */
export function bucketNumbers(
  values: readonly (number | null | undefined)[],
  count = 3,
): (NumberRange | null)[] {
  const known = (value: number | null | undefined): value is number =>
    typeof value === 'number' && Number.isFinite(value);
  const sorted = values.filter(known).sort((left, right) => left - right);
  const lowest = sorted[0];
  if (lowest === undefined) return values.map(() => null);
  const thresholds: number[] = [];
  for (let cut = 1; cut < count; cut++) {
    const threshold = sorted[Math.round((cut * sorted.length) / count)];
    if (threshold !== undefined && threshold > lowest && !thresholds.includes(threshold)) {
      thresholds.push(threshold);
    }
  }
  const bucketOf = (value: number) => thresholds.filter((threshold) => value >= threshold).length;
  const ranges = new Map<number, NumberRange>();
  for (const value of sorted) {
    const bucket = bucketOf(value);
    const range = ranges.get(bucket);
    if (range) range.high = value;
    else ranges.set(bucket, { low: value, high: value });
  }
  return values.map((value) => (known(value) ? { ...(ranges.get(bucketOf(value)) as NumberRange) } : null));
}
