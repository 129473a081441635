import { describe, expect, it } from 'vitest';
import { createMatcher } from '../createMatcher.ts';
import { foldAccents } from '../stemFrench.ts';
import { hardAnswerSets } from './hardAnswers.ts';

// Words that must never name a group: the fillers seen in labels before ("runs", "long", "lol", "basically",
// "trop", "genre", "vraiment", "mdr"…), vague words and common stop words of both languages.
const neverInLabels = new Set(
  `runs run long lol basically really honestly actually just like way keeps know everything people day days
  week new stuff things thing lot much many always never every get got make want need the and to of a is are
  that with for not no so too very my our we they it this
  trop genre vraiment mdr franchement toujours jamais rien personne sait aimerais impossible dure tout tous
  truc trucs chose bref juste super semaine jour fait faire est sont les des une un le la de du et pas ne que
  qui pour avec sur dans on nous je`
    .split(/\s+/)
    .filter(Boolean),
);

const fold = (text: string) => foldAccents(text.toLowerCase());
const wordsOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
// Labels show one written form of a stem ("meetings" for "meeting" too), or a concept of the lexicon in the
// room's language ("manager" for "boss", "chef"): a member uses the word when one of their words starts
// like it, or when the analyzer found that concept in their answer.
const matcher = createMatcher();
const uses = (text: string, word: string, language: 'en' | 'fr') => {
  const stem = fold(word).slice(0, Math.max(4, word.length - 3));
  const concepts = matcher.analyzer
    .analyze(text, language)
    .filter((token) => token.stem.startsWith('~'))
    .flatMap((token) => wordsOf(token.surface));
  return [...wordsOf(text), ...concepts].some((written) => written.startsWith(stem));
};

describe('group labels over the hard answers', () => {
  for (const set of hardAnswerSets) {
    it(`name ${set.language} groups with topic words their members wrote, no filler or stop word`, () => {
      const textOf = new Map(set.answers.map((answer, index) => [`${answer.theme}-${index}`, answer.text]));
      const inputs = [...textOf].map(([participantId, text]) => ({ participantId, texts: [text] }));
      const { groups } = matcher.thematicGroups(inputs, { seed: 1, language: set.language });
      const labelled = groups.filter((group) => group.label.length > 0);
      expect(labelled.length, 'most groups get a label').toBeGreaterThanOrEqual(groups.length * 0.75);
      const problems: string[] = [];
      for (const group of groups) {
        for (const term of group.label) {
          for (const word of term.split(' ')) {
            if (neverInLabels.has(fold(word))) problems.push(`filler "${word}" in [${group.label}]`);
            const users = group.members.filter((member) =>
              uses(textOf.get(member) ?? '', word, set.language),
            );
            if (users.length < 2)
              problems.push(`"${word}" in [${group.label}] written by ${users.length} member(s)`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('leave the fillers out of the terms each member shares with the group', () => {
    const set = hardAnswerSets[0];
    const inputs = (set?.answers ?? []).map((answer, index) => ({
      participantId: `p${index}`,
      texts: [answer.text],
    }));
    const { groups } = matcher.thematicGroups(inputs, { seed: 2, language: 'en' });
    const shared = groups.flatMap((group) => Object.values(group.sharedTerms).flat());
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.flatMap((term) => term.split(' ')).filter((word) => neverInLabels.has(fold(word)))).toEqual(
      [],
    );
  });
});
