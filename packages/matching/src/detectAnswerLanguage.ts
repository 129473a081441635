import type { AnswerLanguage } from './textAnalyzer.ts';

// Short function words that are frequent in one language and rare in the other (accents folded).
const frenchMarkers = new Set(
  `le la les un une des du de au aux et est sont etait ete je tu il elle ils elles nous vous on mon ma mes
  ton ta tes son sa ses notre nos votre vos leur leurs ce cette ces qui que quoi quand pour par sur avec
  dans sans pas plus tres trop mais ou donc car chez ca c j l d qu n s m t y en etre avoir ai avons fait
  faire tout tous toute rien jamais toujours quelqu vraiment aussi comme mdr ptdr svp stp bcp jsp pcq`.split(
    /\s+/,
  ),
);
const englishMarkers = new Set(
  `the an and is are was were be been i you he she it we they my your his her our their this that these
  those what who when with without for from of to in on at by not no but or so too very just really
  have has had do does did don't can't i'm it's doesn't isn't get got lol tbh idk pls basically`.split(/\s+/),
);

/**
 * The language of one answer from its words (lower case, accents folded, elisions such as "l'" kept as
 * their own word): French and English function words and accents vote, and `known` (a word's language in
 * the concept lexicon) breaks ties in answers of up to four words ("trust", "les clients"). Without
 * enough evidence, the room's language.
 */
export function detectAnswerLanguage(
  words: readonly string[],
  hasAccent: boolean,
  fallback: AnswerLanguage,
  known: (word: string) => AnswerLanguage | undefined = () => undefined,
): AnswerLanguage {
  let french = hasAccent ? 1 : 0;
  let english = 0;
  let lexical = 0;
  for (const word of words) {
    if (frenchMarkers.has(word)) french++;
    if (englishMarkers.has(word)) english++;
    const language = known(word);
    if (language === 'fr') lexical++;
    if (language === 'en') lexical--;
  }
  // One marker decides a short answer ("le covid"); a longer one needs two more of one language, and one
  // marker in seven words, so that names in a text ("notre dame", "fond du lac", "de la cruz") do not
  // switch it.
  const margin = words.length <= 4 ? 1 : Math.max(2, Math.ceil(words.length / 7));
  if (Math.abs(french - english) >= margin) return french > english ? 'fr' : 'en';
  if (lexical !== 0 && words.length <= 4) return lexical > 0 ? 'fr' : 'en';
  return fallback;
}
