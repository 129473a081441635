import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { frenchStopWords } from './frenchStopWords.ts';
import { foldAccents, stemFrench } from './stemFrench.ts';

/** Language whose stop words and stemming rules apply to answers. */
export type AnswerLanguage = 'en' | 'fr';

/** One content word of an answer: `stem` groups variants, `surface` is the word as written (lower case). */
export interface AnalyzedToken {
  stem: string;
  surface: string;
}

/** Turns free text into content-word tokens (no stop words, punctuation, numbers, urls or emoji). */
export interface TextAnalyzer {
  analyze(text: string, language?: AnswerLanguage): AnalyzedToken[];
}

const keptTypes = new Set(['word', 'hashtag']);
const frenchElision = /^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]/;
const hasLetter = /\p{L}/u;
const maxCachedStems = 50_000;

/**
 * Loads the wink-nlp English lite model (bundled in the npm package, no network) and returns an analyzer.
 * Loading takes ~100–150 ms, so create it once (e.g. per Web Worker) and reuse it.
 * French: wink's tokenizer still splits the text; stop words come from a built-in French list and stems
 * from a light suffix stemmer with accent folding, after removing elisions such as l' and d'.
 */
export function createTextAnalyzer(): TextAnalyzer {
  const nlp = winkNLP(model, []);
  const its = nlp.its;
  // The published typings declare `its.stem` with the wrong arity; at runtime it is an ordinary its-function.
  const stemOf = its.stem as unknown as typeof its.normal;
  // Stemming is most of wink's cost per token and depends only on the word as written (wink stems the
  // written form, e.g. "colour", not its normal "color"), so each written form is stemmed once.
  const stems = new Map<string, string>();
  const stemFor = (document: ReturnType<typeof nlp.readDoc>, index: number, written: string) => {
    let stem = stems.get(written);
    if (stem === undefined) {
      stem = String(document.tokens().itemAt(index).out(stemOf));
      if (stems.size >= maxCachedStems) stems.clear();
      stems.set(written, stem);
    }
    return stem;
  };
  return {
    analyze(text, language = 'en') {
      const tokens: AnalyzedToken[] = [];
      if (!text.trim()) return tokens;
      const document = nlp.readDoc(text);
      const types = document.tokens().out(its.type) as string[];
      const normals = document.tokens().out(its.normal) as string[];
      const values = document.tokens().out(its.value) as string[];
      const stopFlags = document.tokens().out(its.stopWordFlag) as unknown as boolean[];
      for (let index = 0; index < types.length; index++) {
        if (!keptTypes.has(types[index] ?? '')) continue;
        let surface = (normals[index] ?? '').replace(/^#/, '');
        if (language === 'fr') {
          surface = surface.replace(frenchElision, '');
          if (surface.length < 2 || !hasLetter.test(surface) || frenchStopWords.has(foldAccents(surface)))
            continue;
          if (stopFlags[index]) continue;
          tokens.push({ stem: stemFrench(surface), surface });
        } else {
          if (stopFlags[index] || surface.length < 2 || !hasLetter.test(surface)) continue;
          const stem = stemFor(document, index, values[index] ?? surface);
          tokens.push({ stem: stem.length > 1 ? stem : surface, surface });
        }
      }
      return tokens;
    },
  };
}
