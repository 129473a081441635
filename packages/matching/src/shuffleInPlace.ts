import type { RandomSource } from './seededRandom.ts';

/** Fisher–Yates shuffle driven by a seeded generator. */
export function shuffleInPlace<T>(items: T[], random: RandomSource): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const current = items[index] as T;
    items[index] = items[other] as T;
    items[other] = current;
  }
  return items;
}
