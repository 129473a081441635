import { describe, expect, it } from 'vitest';
import { workshopConcepts } from '../conceptLexicon.ts';
import { createMatcher } from '../createMatcher.ts';

// Four themes, five answers each in French and in English, as a bilingual room types them.
const room = [
  ['boss', 'fr', 'mon chef m’a remercié devant moi'],
  ['boss', 'fr', 'les félicitations de ma directrice'],
  ['boss', 'en', 'my boss thanked me for the report'],
  ['boss', 'en', 'kudos from my manager'],
  ['boss', 'fr', 'le boss a dit bravo'],
  ['pay', 'fr', 'une augmentation de salaire enfin'],
  ['pay', 'fr', 'ma prime de fin d’année'],
  ['pay', 'en', 'got a raise lol'],
  ['pay', 'en', 'a bonus, finally'],
  ['pay', 'en', 'salary increase'],
  ['customers', 'fr', 'un client m’a appelé pour dire merci'],
  ['customers', 'fr', 'les retours des clients'],
  ['customers', 'en', 'a customer asked for me by name'],
  ['customers', 'en', 'five star review from a client'],
  ['customers', 'fr', 'une cliente contente'],
  ['video', 'fr', 'des tutos youtube'],
  ['video', 'fr', 'une vidéo de démo'],
  ['video', 'en', 'youtube tutorials'],
  ['video', 'en', 'short videos lol'],
  ['video', 'en', 'I watch a tutorial'],
] as const;

describe('a room that mixes French and English', () => {
  const matcher = createMatcher();
  const inputs = room.map(([, , text], index) => ({ participantId: String(index), texts: [text] }));
  const frenchLabels = new Set(workshopConcepts.flatMap((entry) => entry.label.fr.split(' ')));

  it('groups by theme across the two languages, labelled in the room language', () => {
    for (const seed of [1, 2, 3]) {
      const { groups } = matcher.thematicGroups(inputs, { seed, language: 'fr' });
      let pairs = 0;
      let sameTheme = 0;
      let crossing = 0;
      for (const group of groups) {
        const members = group.members.map((id) => room[Number(id)] ?? room[0]);
        members.forEach(([theme, language], first) => {
          for (const [otherTheme, otherLanguage] of members.slice(first + 1)) {
            pairs++;
            if (theme !== otherTheme) continue;
            sameTheme++;
            if (language !== otherLanguage) crossing++;
          }
        });
        for (const word of group.label.flatMap((term) => term.split(' ')))
          expect(frenchLabels, `seed ${seed}: ${word}`).toContain(word);
      }
      expect(sameTheme / pairs, `seed ${seed} precision`).toBeGreaterThanOrEqual(0.75);
      expect(crossing / sameTheme, `seed ${seed} crossing`).toBeGreaterThanOrEqual(0.4);
    }
  });

  it('lets a one-word answer join its theme without naming the group on its own', () => {
    const withShort = [...inputs, { participantId: 'short', texts: ['trust'] }];
    const { groups } = matcher.thematicGroups(withShort, { seed: 1, language: 'fr' });
    const group = groups.find((candidate) => candidate.members.includes('short'));
    expect(group?.label).not.toContain('confiance');
  });
});
