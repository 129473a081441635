/**
 * One entry of the bilingual concept lexicon: an id, its label in each language, and the English and
 * French words (inflected forms welcome; accents optional; several words joined by "_") that mean it.
 */
export interface ConceptEntry {
  id: string;
  label: { en: string; fr: string };
  words: { en: readonly string[]; fr: readonly string[] };
}

const split = (words: string) => words.split(/\s+/).filter(Boolean);

/** Builds an entry from space-separated word lists. */
export function concept(id: string, en: string, fr: string, enWords: string, frWords: string): ConceptEntry {
  return { id, label: { en, fr }, words: { en: split(enWords), fr: split(frWords) } };
}
