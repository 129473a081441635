import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { isStopWord } from './answerStopWords.ts';
import { createConceptLexicon, workshopConcepts } from './conceptLexicon.ts';
import { detectAnswerLanguage } from './detectAnswerLanguage.ts';
import { foldAccents, stemFrench } from './stemFrench.ts';

/** Language whose stop words and stemming rules apply to answers. */
export type AnswerLanguage = 'en' | 'fr';

/** One content word of an answer: `stem` groups variants, `surface` is the word as written (lower case). */
export interface AnalyzedToken {
  stem: string;
  surface: string;
  /**
   * Set only on a term an {@link ExtraTermProvider} added after a word: it counts this much (below 1) against
   * the word's 1 and takes no part in word pairs or tags.
   */
  weight?: number;
}

/** A term a provider adds beside a word; `weight` defaults to 0.5. */
export interface ExtraTerm {
  stem: string;
  surface: string;
  weight?: number;
}

/**
 * Extra terms for one kept word that no concept matched (e.g. ids of its thesaurus senses), given the
 * word's token and the language its answer is read in; the evaluation uses it, the app passes none.
 */
export type ExtraTermProvider = (word: AnalyzedToken, language: AnswerLanguage) => readonly ExtraTerm[];

/** Turns free text into content-word tokens (no stop words, punctuation, numbers, urls or emoji). */
export interface TextAnalyzer {
  /** `language` is the room's: labels of concepts come in it, and answers without clues are read in it. */
  analyze(text: string, language?: AnswerLanguage): AnalyzedToken[];
}

/** Options of {@link createTextAnalyzer}. */
export interface TextAnalyzerOptions {
  /** Map words to the concepts of the bilingual lexicon (default true; the evaluation measures without). */
  concepts?: boolean;
  /** Adds terms after each word that is not a concept (default none). */
  extraTerms?: ExtraTermProvider;
}

const defaultExtraWeight = 0.5;

const keptTypes = new Set(['word', 'hashtag']);
// French elisions (l', m’, qu'); English "n't" is not one.
const elision = /^(l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?!t$)(\p{L}.*)$/u;
const accent = /[àâäéèêëîïôöùûüÿçœæ]/i;
const hasLetter = /\p{L}/u;
const directManager = /\bn\s*\+\s*1\b/gi;
const hashtag = /#(?=\p{L})/gu;
const frenchMeanings = new Set(['former', 'but', 'an', 'full', 'top', 'son', 'sans', 'plus', 'date']);
const maxCachedStems = 50_000;
const maxCachedAnswers = 20_000;

/**
 * Loads the wink-nlp English lite model (bundled in the npm package, no network) and returns an analyzer.
 * Loading takes ~100–150 ms, so create it once (e.g. per Web Worker) and reuse it.
 * Each answer is read in its own language (French and English function words vote; the room's language
 * when nothing tells): that language's stop words apply (wink's list and fillers in English), French words keep their spelling and get a
 * light French stem, English words get wink's stem. Words and phrases of the bilingual concept lexicon
 * ("boss", "chef", "n+1" → manager) become one shared concept, labelled in the room's language.
 */
export function createTextAnalyzer(options: TextAnalyzerOptions = {}): TextAnalyzer {
  const nlp = winkNLP(model, []);
  const its = nlp.its;
  // The published typings declare `its.stem` with the wrong arity; at runtime it is an ordinary its-function.
  const stemOf = its.stem as unknown as typeof its.normal;
  // Stemming is most of wink's cost per token and depends only on the word as written, so each written
  // form is stemmed once.
  const stems = new Map<string, string>();
  const remember = (written: string, stem: string) => {
    if (stems.size >= maxCachedStems) stems.clear();
    stems.set(written, stem);
    return stem;
  };
  const lexicon = createConceptLexicon(options.concepts === false ? [] : workshopConcepts);
  // A facilitator regroups the same answers many times: each is analysed once per room language.
  const answers = new Map<string, AnalyzedToken[]>();
  const analyzeOnce = (text: string, roomLanguage: AnswerLanguage) => {
    const key = `${roomLanguage}:${text}`;
    let tokens = answers.get(key);
    if (!tokens) {
      tokens = analyzeAnswer(text, roomLanguage);
      if (answers.size >= maxCachedAnswers) answers.clear();
      answers.set(key, tokens);
    }
    return tokens.map((token) => ({ ...token }));
  };
  const analyzeAnswer = (text: string, roomLanguage: AnswerLanguage): AnalyzedToken[] => {
    const tokens: AnalyzedToken[] = [];
    if (!text.trim()) return tokens;
    // wink reads "#réunions" as "#r" + "éunions": hashtags become plain words first.
    const document = nlp.readDoc(text.replace(directManager, ' nplusun ').replace(hashtag, ''));
    const types = document.tokens().out(its.type) as string[];
    const values = document.tokens().out(its.value) as string[];
    const normals = document.tokens().out(its.normal) as string[];
    const stopFlags = document.tokens().out(its.stopWordFlag) as unknown as boolean[];
    const kept: number[] = [];
    const markers: string[] = [];
    for (let index = 0; index < types.length; index++) {
      if (!keptTypes.has(types[index] ?? '')) continue;
      kept.push(index);
      const folded = foldAccents((values[index] ?? '').toLowerCase().replace(/^#/, ''));
      const parts = elision.exec(folded);
      if (parts) markers.push(parts[1] ?? '', parts[2] ?? '');
      else markers.push(folded);
    }
    const language = detectAnswerLanguage(markers, accent.test(text), roomLanguage, lexicon.languageOf);
    const surfaces: string[] = [];
    const words: string[] = [];
    const wordStems: string[] = [];
    const englishStop = kept.map((index) => stopFlags[index] === true);
    // wink's English stop words apply to a French answer too ("the", "with" in franglais), except the
    // French words they spell ("former" = to train, "but" = goal, "an" = year).
    const isStop = (word: string, position: number) =>
      isStopWord(word, language) ||
      (englishStop[position] === true && (language === 'en' || !frenchMeanings.has(word)));
    for (const index of kept) {
      const written = (values[index] ?? '').replace(/^#/, '');
      let surface = language === 'fr' ? written.toLowerCase() : (normals[index] ?? '').replace(/^#/, '');
      surface = surface.replace(elision, '$2');
      surfaces.push(surface);
      words.push(foldAccents(surface));
      if (language === 'fr') wordStems.push(stemFrench(surface));
      else {
        const cached = stems.get(written);
        const stem = cached ?? remember(written, String(document.tokens().itemAt(index).out(stemOf)));
        wordStems.push(stem.length > 1 ? stem : surface);
      }
    }
    for (let position = 0; position < words.length; ) {
      const match = lexicon.match(words, wordStems, position, language, (word) => isStop(word, position));
      // An English stop word or filler ("under", "together", "real", "try") says too little alone to be a
      // concept: news, questions and snippets use it for everything.
      const vague = match?.length === 1 && language === 'en' && isStop(words[position] ?? '', position);
      if (match && !vague) {
        tokens.push({ stem: `~${match.concept}`, surface: lexicon.label(match.concept, roomLanguage) });
        position += match.length;
        continue;
      }
      const word = words[position] ?? '';
      const surface = surfaces[position] ?? '';
      const stem = wordStems[position] ?? word;
      position++;
      if (word.length < 2 || !hasLetter.test(word) || isStop(word, position - 1)) continue;
      const token = { stem, surface };
      tokens.push(token);
      for (const extra of options.extraTerms?.(token, language) ?? [])
        tokens.push({ stem: extra.stem, surface: extra.surface, weight: extra.weight ?? defaultExtraWeight });
    }
    return tokens;
  };
  return { analyze: (text, roomLanguage = 'en') => analyzeOnce(text, roomLanguage) };
}
