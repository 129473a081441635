import { describe, expect, it } from 'vitest';
import { createMatcher } from '../createMatcher.ts';

// Twelve people: their answers split them one way (thanks from the boss / a pay rise), their tags the
// other way (meetings / videos, each written in French by some and in English by others).
const people = Array.from({ length: 12 }, (_, index) => ({
  participantId: `p${index}`,
  texts: [index % 2 === 0 ? 'mon chef m’a remercié devant l’équipe' : 'une augmentation de salaire'],
  tags: [index < 6 ? (index % 3 === 0 ? 'meetings' : '#réunions') : index % 3 === 0 ? 'videos' : 'vidéo'],
}));
const textTheme = (id: string) => Number(id.slice(1)) % 2;
const tagTheme = (id: string) => (Number(id.slice(1)) < 6 ? 0 : 1);

describe('tags in thematic grouping', () => {
  const matcher = createMatcher();
  const pure = (groups: { members: string[] }[], theme: (id: string) => number) =>
    groups.every((group) => new Set(group.members.map(theme)).size === 1);

  it('count with the facilitator’s weight, French and English tags as one', () => {
    const byText = matcher.thematicGroups(people, { seed: 1, language: 'fr', weights: { tags: 0 } });
    expect(pure(byText.groups, textTheme)).toBe(true);
    const byTags = matcher.thematicGroups(people, { seed: 1, language: 'fr', weights: { tags: 3 } });
    expect(pure(byTags.groups, tagTheme)).toBe(true);
    expect(byTags.groups.flatMap((group) => group.label)).toContain('réunions');
  });
});
