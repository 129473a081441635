import { describe, expect, it } from 'vitest';
import { stemFrench } from './stemFrench.ts';
import { createTextAnalyzer } from './textAnalyzer.ts';

const analyzer = createTextAnalyzer();
const surfaces = (text: string, language: 'en' | 'fr') =>
  analyzer.analyze(text, language).map((token) => token.surface);
const stems = (text: string, language: 'en' | 'fr') =>
  analyzer.analyze(text, language).map((token) => token.stem);

describe('text analyzer, French', () => {
  it('drops the words that carry no theme in French answers', () => {
    const fillers =
      "tout le monde vraiment personne trop toujours rien bien après chacun quelqu'un juste genre";
    expect(surfaces(fillers, 'fr')).toEqual([]);
  });

  it('keeps French words that English stop lists would drop (former, but, an, full, top)', () => {
    for (const word of ['former', 'but', 'an', 'full', 'top'])
      expect(analyzer.analyze(`le ${word}`, 'fr'), word).toHaveLength(1);
  });

  it('drops elided words written with either apostrophe', () => {
    expect(surfaces('on m’a dit qu’il s’était planté', 'fr').join(' ')).not.toMatch(/[’']/);
    expect(surfaces("on m'a dit qu'il s'était planté", 'fr').join(' ')).not.toMatch(/[’']/);
  });

  it('keeps French spelling: organiser is not rewritten the English way', () => {
    const words = surfaces("organiser l'organisation, la mobilisation, on utilise l'outil", 'fr').join(' ');
    expect(words).not.toMatch(/organiz|mobiliz|utiliz/);
    const [organiser, organisation] = stems('organiser organisation', 'fr');
    expect(organiser).toBe(organisation);
  });

  it('does not merge unrelated words through the stemmer', () => {
    for (const [left, right] of [
      ['formation', 'forme'],
      ['gens', 'gênant'],
      ['seul', 'seulement'],
    ] as const)
      expect(stemFrench(left), `${left}/${right}`).not.toBe(stemFrench(right));
    expect(stemFrench('formations')).toBe(stemFrench('formation'));
    expect(stemFrench('collègues')).toBe(stemFrench('collègue'));
  });
});

describe('text analyzer, language of each answer', () => {
  it('analyses a French answer in an English room with French rules', () => {
    expect(surfaces('le covid', 'en')).toEqual(['covid']);
    expect(surfaces("les remerciements du directeur, c'était une belle surprise", 'en')).not.toContain('les');
    const words = surfaces('une des réunions était trop longue de la semaine', 'en');
    for (const stop of ['une', 'des', 'était', 'de', 'la', 'trop']) expect(words).not.toContain(stop);
  });

  it('analyses an English answer in a French room with English rules', () => {
    expect(surfaces('the boss said thanks for the report', 'fr')).not.toContain('the');
    expect(surfaces('basically a toaster lol', 'fr')).toEqual(['toaster']);
  });
});

describe('text analyzer, extra terms', () => {
  const expanded = createTextAnalyzer({
    extraTerms: (word, language) =>
      language === 'en' ? [{ stem: `syn:${word.surface}`, surface: word.surface }] : [],
  });

  it('adds a provider’s terms after each English word that is not a concept, at weight 0.5', () => {
    expect(expanded.analyze('the weekly kudos from my boss', 'en')).toEqual([
      { stem: 'week', surface: 'weekly' },
      { stem: 'syn:weekly', surface: 'weekly', weight: 0.5 },
      { stem: '~thanks', surface: 'thanks' },
      { stem: '~manager', surface: 'manager' },
    ]);
  });

  it('adds nothing when the provider declines (a French answer here) or when there is no provider', () => {
    expect(expanded.analyze('une réunion hebdomadaire', 'fr').some((token) => token.weight)).toBe(false);
    expect(analyzer.analyze('the weekly kudos from my boss', 'en').some((token) => token.weight)).toBe(false);
  });
});
