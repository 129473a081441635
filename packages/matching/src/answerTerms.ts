import stopwordsEn from 'stopwords-en';
import { isStopWord } from './answerStopWords.ts';
import { type ConceptLexicon, createConceptLexicon, workshopConcepts } from './conceptLexicon.ts';
import { detectAnswerLanguage } from './detectAnswerLanguage.ts';
import { foldAccents, stemFrench } from './stemFrench.ts';
import type { AnswerLanguage } from './textAnalyzer.ts';

const elision = /^(l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?!t$)(\p{L}.*)$/u;
const accent = /[àâäéèêëîïôöùûüÿçœæ]/i;
const englishStopWords: ReadonlySet<string> = new Set(stopwordsEn as string[]);

let lexicon: ConceptLexicon | null = null;

/**
 * The themes of a short text without the NLP model, for a phone: the text's language is detected per text
 * (falling back to the room's), its stop words and fillers dropped, and each word becomes the bilingual
 * concept of the lexicon it belongs to (`~recognition` for "kudos" and "remerciements" alike, so a French and
 * an English text on one theme share terms) or else its stem (French) or lower-case form (English, with a
 * plural `s` dropped). The same pieces as the facilitator's analyzer, less wink's tokenizer and English
 * stemmer; English drops the stopwords-iso list, which is broad but costs nothing here.
 */
export function answerTerms(text: string, roomLanguage: AnswerLanguage): Set<string> {
  lexicon ??= createConceptLexicon(workshopConcepts);
  const known = lexicon;
  const words: string[] = [];
  const markers: string[] = [];
  for (const raw of foldAccents(text.toLowerCase().replace(/#(?=\p{L})/gu, '')).split(/[^\p{L}\p{N}'’]+/u)) {
    const word = raw.replace(/^['’]+|['’]+$/g, '');
    if (!word) continue;
    const parts = elision.exec(word);
    if (parts) markers.push(parts[1] ?? '', parts[2] ?? '');
    else markers.push(word);
    words.push(parts?.[2] ?? word);
  }
  const language = detectAnswerLanguage(markers, accent.test(text), roomLanguage, known.languageOf);
  const isStop = (word: string) =>
    isStopWord(word, language) || (language === 'en' && englishStopWords.has(word));
  const stems = words.map((word) => (language === 'fr' ? stemFrench(word) : word));
  const terms = new Set<string>();
  for (let position = 0; position < words.length; ) {
    const match = known.match(words, stems, position, language, isStop);
    if (match) {
      terms.add(`~${match.concept}`);
      position += match.length;
      continue;
    }
    const word = words[position] ?? '';
    const stem = stems[position] ?? word;
    position++;
    if (word.length < 3 || !/\p{L}/u.test(word) || isStop(word)) continue;
    terms.add(language === 'en' && stem.length > 4 && stem.endsWith('s') ? stem.slice(0, -1) : stem);
  }
  return terms;
}
