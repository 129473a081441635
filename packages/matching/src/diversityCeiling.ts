import type { ProfileField, ProfileParticipant } from './profileDistances.ts';

/** Options of {@link diversityCeiling}. */
export interface DiversityCeilingOptions {
  /**
   * Per choice field key, categories whose members are never alone in a group (0 or at least 2 per
   * group): the bound then holds only for groupings that respect this, and is lower.
   */
  paired?: Record<string, ReadonlySet<string>>;
}

/**
 * Upper bound on the mean within-group pairwise dissimilarity (as computed by `profileDistances`) that
 * any grouping of `participants` into groups of exactly `groupSizes` (adding up to the number of
 * participants) can reach. Each field is bounded on its own and the bounds are summed by weight, so the
 * bound is reached only when every field can be spread ideally at once: a choice field by the fewest
 * same-category pairs (each category spread as evenly as group sizes allow), a number field by the
 * rearrangement inequality on each group's sorted-rank coefficients. Unknown values count 0, as in the
 * distances. Locks are ignored, which only loosens the bound.
 */
export function diversityCeiling(
  participants: ProfileParticipant[],
  fields: ProfileField[],
  groupSizes: number[],
  options: DiversityCeilingOptions = {},
): number {
  const sizes = groupSizes.filter((size) => size > 0);
  if (sizes.reduce((sum, size) => sum + size, 0) !== participants.length) {
    throw new RangeError('diversityCeiling: group sizes must add up to the number of participants');
  }
  const pairs = sizes.reduce((sum, size) => sum + (size * (size - 1)) / 2, 0);
  if (pairs === 0) return 0;
  const totalWeight = fields.reduce((sum, field) => sum + (field.weight ?? 1), 0) || 1;
  let bound = 0;
  for (const field of fields) {
    const weight = (field.weight ?? 1) / totalWeight;
    const values = participants.map((participant) => participant.profile[field.key] ?? null);
    bound +=
      weight *
      (field.kind === 'number'
        ? numberPairBound(values, sizes)
        : choicePairBound(values, sizes, options.paired?.[field.key]));
  }
  return bound / pairs;
}

/** Most pairs with two different known categories: (max Σ known² − min Σ same-category²) / 2. */
function choicePairBound(
  values: (string | number | null)[],
  sizes: number[],
  paired: ReadonlySet<string> | undefined,
): number {
  const counts = new Map<string, number>();
  let known = 0;
  for (const value of values) {
    if (value === null) continue;
    counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    known++;
  }
  // Known members packed into the largest groups maximise Σ known²; spreading each category evenly
  // minimises Σ same²; the two optima need not coincide, so their difference bounds from above.
  let knownSquares = 0;
  let left = known;
  for (const size of [...sizes].sort((a, b) => b - a)) {
    const placed = Math.min(size, left);
    knownSquares += placed * placed;
    left -= placed;
  }
  let sameSquares = 0;
  for (const [category, count] of counts) {
    const spread = spreadSquares(count, sizes);
    // With 0 or ≥ 2 per group, n² ≥ 2n for every group, plus 3 when the count is odd.
    sameSquares +=
      paired?.has(category) && count >= 2 ? Math.max(spread, 2 * count + (count % 2) * 3) : spread;
  }
  return Math.max(0, (knownSquares - sameSquares) / 2);
}

/** Least Σ n_g² for `count` items over groups with room `caps`: water-filling, one level at a time. */
function spreadSquares(count: number, caps: number[]): number {
  let level = 0;
  let left = count;
  for (;;) {
    const open = caps.filter((cap) => cap > level).length;
    if (open === 0 || left < open)
      return squaresAtLevel(caps, level) + Math.min(left, open) * (2 * level + 1);
    left -= open;
    level++;
  }
}

function squaresAtLevel(caps: number[], level: number): number {
  return caps.reduce((sum, cap) => sum + Math.min(cap, level) ** 2, 0);
}

/**
 * Largest Σ|x_i − x_j| / range over within-group pairs. A group's sum is Σ_k (2k − m − 1)·x_(k) over its
 * sorted members; the rearrangement inequality pairs the sorted coefficients of all groups with the
 * sorted values. Unknown values are imputed with a value t (only adds distance, so the bound stays
 * valid); the bound is convex and piecewise linear in t with breaks at known values, so the best t is
 * found by binary search over them.
 */
function numberPairBound(values: (string | number | null)[], sizes: number[]): number {
  const known = values
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
    .sort((a, b) => a - b);
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined || last === first) return 0;
  const coefficients = sizes
    .flatMap((size) => Array.from({ length: size }, (_, rank) => 2 * rank - size + 1))
    .sort((a, b) => a - b);
  const unknown = Math.max(0, coefficients.length - known.length);
  const boundWith = (imputed: number) => {
    let sum = 0;
    let slot = 0;
    let inserted = 0;
    for (const value of known) {
      while (inserted < unknown && imputed <= value) {
        sum += (coefficients[slot++] ?? 0) * imputed;
        inserted++;
      }
      sum += (coefficients[slot++] ?? 0) * value;
    }
    for (; inserted < unknown; inserted++) sum += (coefficients[slot++] ?? 0) * imputed;
    return sum;
  };
  if (unknown === 0) return boundWith(first) / (last - first);
  const candidates = [...new Set(known)];
  let low = 0;
  let high = candidates.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (boundWith(candidates[middle + 1] ?? last) < boundWith(candidates[middle] ?? first)) low = middle + 1;
    else high = middle;
  }
  return boundWith(candidates[low] ?? first) / (last - first);
}
