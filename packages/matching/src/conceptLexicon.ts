import type { ConceptEntry } from './concepts/conceptEntry.ts';
import { employmentConcepts } from './concepts/employmentConcepts.ts';
import { growthConcepts } from './concepts/growthConcepts.ts';
import { leadershipConcepts } from './concepts/leadershipConcepts.ts';
import { learningConcepts } from './concepts/learningConcepts.ts';
import { meetingConcepts } from './concepts/meetingConcepts.ts';
import { organisationConcepts } from './concepts/organisationConcepts.ts';
import { peopleConcepts } from './concepts/peopleConcepts.ts';
import { purposeConcepts } from './concepts/purposeConcepts.ts';
import { recognitionConcepts } from './concepts/recognitionConcepts.ts';
import { wellbeingConcepts } from './concepts/wellbeingConcepts.ts';
import { workdayConcepts } from './concepts/workdayConcepts.ts';
import { englishHomographs } from './englishHomographs.ts';
import { foldAccents, stemFrench } from './stemFrench.ts';
import type { AnswerLanguage } from './textAnalyzer.ts';

/** Every concept the app ships, in a fixed order (an earlier entry wins a word listed twice). */
export const workshopConcepts: readonly ConceptEntry[] = [
  ...peopleConcepts,
  ...recognitionConcepts,
  ...meetingConcepts,
  ...learningConcepts,
  ...workdayConcepts,
  ...wellbeingConcepts,
  ...growthConcepts,
  ...purposeConcepts,
  ...employmentConcepts,
  ...organisationConcepts,
  ...leadershipConcepts,
];

/** A concept found in an answer and how many of its words it covers. */
export interface ConceptMatch {
  concept: string;
  length: number;
}

/** Finds the concepts of the lexicon in analysed answers, in either language. */
export interface ConceptLexicon {
  /**
   * The concept at `position` of an answer's words (lower case, accents folded, elisions dropped) written
   * in `language`: a phrase of that language, the word (English: or its base form; French: or its stem),
   * then, in a French answer and unless the word is a French stop word, an English phrase or word
   * (franglais).
   */
  match(
    words: readonly string[],
    stems: readonly string[],
    position: number,
    language: AnswerLanguage,
    isStopWord: (word: string) => boolean,
  ): ConceptMatch | undefined;
  /** The concept's label in a language. */
  label(concept: string, language: AnswerLanguage): string;
  /** The language a word belongs to when only one language's entries list it (an English homograph: none). */
  languageOf(word: string): AnswerLanguage | undefined;
}

const longestPhrase = 4;
const elisions = new Set(['l', 'd', 'j', 'qu', 'n', 's', 'c', 'm', 't']);
const minimumStem = 4;

/** Lower case, accents folded, elided words ("l", "d") dropped: how the analyzer hands words over. */
export function lexiconWords(phrase: string): string[] {
  return foldAccents(phrase.toLowerCase())
    .split(/[_\s']+/)
    .filter((word) => word && !elisions.has(word));
}

/**
 * Builds the lookups of a lexicon. French words also match by their {@link stemFrench} stem; English words
 * as listed or through their inflections only (plural, -ed, -ing), because English stemmers join words of
 * other topics ("international" and "intern", "experience" and "experiment").
 */
export function createConceptLexicon(entries: readonly ConceptEntry[]): ConceptLexicon {
  const forms = { en: new Map<string, string>(), fr: new Map<string, string>() };
  const frenchStems = new Map<string, string>();
  // Words that start a phrase: most words start none, and skip the phrase lookups.
  const phraseStarts = { en: new Set<string>(), fr: new Set<string>() };
  const labels = new Map<string, ConceptEntry['label']>();
  const setOnce = (map: Map<string, string>, key: string, value: string) => {
    if (!map.has(key)) map.set(key, value);
  };
  for (const entry of entries) {
    labels.set(entry.id, entry.label);
    for (const language of ['en', 'fr'] as const) {
      for (const written of entry.words[language]) {
        const words = lexiconWords(written);
        if (words.length === 0) continue;
        const key = words.join(' ');
        setOnce(forms[language], key, entry.id);
        if (words.length > 1) phraseStarts[language].add(words[0] ?? '');
        if (language === 'en' || words.length > 1 || written.includes('-')) continue;
        const stem = stemFrench(key);
        if (stem.length >= minimumStem) setOnce(frenchStems, stem, entry.id);
      }
    }
  }
  const phraseAt = (words: readonly string[], position: number, language: AnswerLanguage) => {
    if (!phraseStarts[language].has(words[position] ?? '')) return undefined;
    for (let length = Math.min(longestPhrase, words.length - position); length >= 2; length--) {
      const concept = forms[language].get(words.slice(position, position + length).join(' '));
      if (concept) return { concept, length };
    }
    return undefined;
  };
  return {
    match(words, wordStems, position, language, isStopWord) {
      const other = language === 'fr' ? 'en' : 'fr';
      const word = words[position] ?? '';
      const variant =
        language === 'fr'
          ? frenchStems.get(wordStems[position] ?? '')
          : englishBases(word)
              .map((base) => forms.en.get(base))
              .find(Boolean);
      const own = phraseAt(words, position, language) ?? single(forms[language].get(word) ?? variant);
      // French answers borrow English words ("feedback", "call"); English texts hold French-looking
      // English words ("information", "stage", "plan") that must keep their English sense.
      if (own || language === 'en' || isStopWord(word)) return own;
      return phraseAt(words, position, other) ?? single(forms[other].get(word));
    },
    label: (concept, language) => labels.get(concept)?.[language] ?? concept,
    languageOf(word) {
      if (englishHomographs.has(word)) return undefined;
      const english = forms.en.has(word);
      const french = forms.fr.has(word);
      return english === french ? undefined : english ? 'en' : 'fr';
    },
  };
}

/** Candidate base forms of an inflected English word: plural, past and -ing, never a derivation. */
function englishBases(word: string): string[] {
  if (word.length <= 3) return [];
  const bases: string[] = [];
  const cut = (suffix: string, ...endings: string[]) => {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) return;
    const stem = word.slice(0, -suffix.length);
    for (const ending of endings) bases.push(stem + ending);
    // A doubled last consonant goes back to one: "stopped", "planning".
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  };
  cut('ies', 'y');
  cut('es', '');
  cut('s', '');
  cut('ied', 'y');
  cut('ed', '', 'e');
  cut('ing', '', 'e');
  return bases;
}

function single(concept: string | undefined): ConceptMatch | undefined {
  return concept ? { concept, length: 1 } : undefined;
}
