/** A new seed for each grouping, so that "Regroup" tries another grouping; locked people stay anyway. */
export function freshSeed(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 1) >>> 1;
}
