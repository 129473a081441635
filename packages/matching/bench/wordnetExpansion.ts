import type { ExtraTerm, ExtraTermProvider } from '../src/textAnalyzer.ts';
import type { WordNet } from './loadWordNet.ts';

/** How a word of an English answer is expanded with WordNet. */
export interface WordNetExpansionOptions {
  /** Synsets of the word's most frequent senses added as terms (default 2). */
  senses?: number;
  /** Also the direct hypernyms of those synsets (default false). */
  hypernyms?: boolean;
  /** Weight of each added term against the word's 1 (default 0.5). */
  weight?: number;
}

/** The synset ids a word is expanded to (`n08324519`), in order, without duplicates. */
export function wordNetFeatures(wordnet: WordNet, word: string, options: WordNetExpansionOptions): string[] {
  const synsets: string[] = [];
  for (const sense of wordnet.senses(word)) {
    if (synsets.length === (options.senses ?? 2)) break;
    if (!synsets.includes(sense.synset)) synsets.push(sense.synset);
  }
  if (!options.hypernyms) return synsets;
  const features = [...synsets];
  for (const synset of synsets)
    for (const hypernym of wordnet.hypernyms(synset))
      if (!features.includes(hypernym)) features.push(hypernym);
  return features;
}

/**
 * An extra-term provider for the analyzer: each English word that is not a concept gets its WordNet
 * features as terms (`wn:n08324519`), labelled with the word itself so that a group's label stays in the
 * room's words. French answers get none (WordNet is English).
 */
export function createWordNetTerms(
  wordnet: WordNet,
  options: WordNetExpansionOptions = {},
): ExtraTermProvider {
  const weight = options.weight ?? 0.5;
  const cache = new Map<string, readonly ExtraTerm[]>();
  return (word, language) => {
    if (language !== 'en') return [];
    const key = word.surface;
    let terms = cache.get(key);
    if (!terms) {
      terms = wordNetFeatures(wordnet, key.toLowerCase(), options).map((synset) => ({
        stem: `wn:${synset}`,
        surface: word.surface,
        weight,
      }));
      cache.set(key, terms);
    }
    return terms;
  };
}
