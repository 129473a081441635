import { describe, expect, it } from 'vitest';
import { answerTerms } from './answerTerms.ts';

describe('answerTerms', () => {
  it('gives a French and an English answer on one theme the same concepts', () => {
    const french = answerTerms('les remerciements du directeur', 'fr');
    const english = answerTerms('kudos from my boss', 'en');
    const shared = [...french].filter((term) => english.has(term));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    expect(shared.every((term) => term.startsWith('~'))).toBe(true);
  });

  it('detects the language of each text: an English answer in a French room keeps its words', () => {
    expect(answerTerms('the onboarding checklist was useless', 'fr')).toEqual(
      answerTerms('the onboarding checklist was useless', 'en'),
    );
  });

  it('drops stop words and fillers, and reads French words as written (no English spelling)', () => {
    const terms = answerTerms('genre tout le monde était vraiment trop organisé', 'fr');
    for (const word of ['genre', 'monde', 'vraiment', 'trop', 'tout', 'etait'])
      expect(terms).not.toContain(word);
    expect([...terms].some((term) => term.startsWith('organis'))).toBe(true);
    expect(answerTerms('basically lol the and of', 'en').size).toBe(0);
  });

  it('stems French words, and drops an English plural', () => {
    expect(answerTerms('formations', 'fr')).toEqual(answerTerms('formation', 'fr'));
    expect(answerTerms('spreadsheets', 'en')).toEqual(answerTerms('spreadsheet', 'en'));
  });
});
