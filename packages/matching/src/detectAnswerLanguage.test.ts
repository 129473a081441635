import { describe, expect, it } from 'vitest';
import { createTextAnalyzer } from './textAnalyzer.ts';

// The analyzer reads each answer in its own language; an answer's language shows in which stop list
// applied: "les", "une" go in French, "the", "my" go in English.
const analyzer = createTextAnalyzer();
const kept = (text: string, room: 'en' | 'fr') => analyzer.analyze(text, room).map((token) => token.surface);

describe('language of each answer', () => {
  it('reads short French answers as French in an English room', () => {
    expect(kept('le covid', 'en')).toEqual(['covid']);
    expect(kept('les RH', 'en')).toEqual(['human resources']);
  });

  it('reads a lone English word as English in a French room when only English has it', () => {
    expect(kept('trust', 'fr')).toEqual(['confiance']);
    expect(kept('coworkers', 'fr')).toEqual(['collègues']);
  });

  it("keeps an English text English despite a French name or English contractions (doesn't)", () => {
    expect(kept("bon jovi cried at notre dame, doesn't he", 'en')).toEqual([
      'bon',
      'jovi',
      'cried',
      'notre',
      'dame',
    ]);
  });

  it('falls back to the room language without evidence', () => {
    expect(analyzer.analyze('covid', 'fr')).toHaveLength(1);
    expect(kept('ok', 'fr')).toEqual([]);
  });
});
