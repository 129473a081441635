/** A deterministic pseudo-random generator returning numbers in [0, 1). */
export type RandomSource = () => number;

/** Creates a seeded generator (mulberry32); the same seed always yields the same sequence. */
export function createSeededRandom(seed: number): RandomSource {
  let state = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
