import type { ProfileField, ProfileParticipant } from '../src/profileDistances.ts';
import type { RandomSource } from '../src/seededRandom.ts';

/** Profile fields used by the synthetic diversity benchmark. */
export const syntheticFields: ProfileField[] = [
  { key: 'role', kind: 'choice', weight: 2 },
  { key: 'gender', kind: 'choice' },
  { key: 'site', kind: 'choice' },
  { key: 'experience', kind: 'number' },
];

const pick = (random: RandomSource, shares: [string, number][]) => {
  let threshold = random();
  for (const [value, share] of shares) {
    threshold -= share;
    if (threshold <= 0) return value;
  }
  return shares[shares.length - 1]?.[0] ?? '';
};

/** Seeded participants with balanced or skewed (rare minorities) attributes. */
export function syntheticProfiles(
  count: number,
  skewed: boolean,
  random: RandomSource,
): ProfileParticipant[] {
  return Array.from({ length: count }, (_, index) => ({
    participantId: `p${index}`,
    profile: {
      role: skewed
        ? pick(random, [
            ['engineer', 0.7],
            ['designer', 0.15],
            ['manager', 0.1],
            ['legal', 0.05],
          ])
        : pick(random, [
            ['engineer', 0.34],
            ['designer', 0.33],
            ['manager', 0.33],
          ]),
      gender: skewed
        ? pick(random, [
            ['m', 0.8],
            ['f', 0.2],
          ])
        : pick(random, [
            ['m', 0.5],
            ['f', 0.5],
          ]),
      site: skewed
        ? pick(random, [
            ['paris', 0.85],
            ['lyon', 0.1],
            ['remote', 0.05],
          ])
        : pick(random, [
            ['paris', 0.5],
            ['lyon', 0.5],
          ]),
      experience: random() < 0.05 ? null : Math.round(skewed ? 30 * random() ** 3 : 30 * random()),
    },
  }));
}
