import stopwordsEn from 'stopwords-en';
import stopwordsFr from 'stopwords-fr';
import { foldAccents } from '../src/stemFrench.ts';

// Words of the stopwords-iso lists that name a topic in a workshop's answers (the English list holds
// "work", "help", "course", "thanks"…, the French one "merci", "essai", "parole"): a label may use them.
const topicWords = new Set(
  `work works worked help helped course courses thanks thank clear test tests results result group groups
  home information line example point points order value state end use used world new
  ask asked asking merci essai essais parole debut sujet sujets retour retours`.split(/\s+/),
);

// What a reader would not call a topic, beyond the stop lists: chat slang, fillers, vague words (the ones
// the issue saw in labels), in both languages.
const fillers = new Set(
  `lol lmao haha hahaha mdr ptdr jpp tbh idk imo omg btw pls plz ok okay yeah ouais bah ben bref euh genre
  trop vraiment franchement carrement grave juste super hyper vachement basically literally honestly actually
  really stuff thing things truc trucs machin chose choses monde gens personne quelqu chacun toujours jamais
  rien bien apres voit sooo way lot lots kinda`.split(/\s+/),
);

const stopWords = new Set(
  [...(stopwordsEn as string[]), ...(stopwordsFr as string[])]
    .map((word) => foldAccents(word.toLowerCase()))
    .filter((word) => !topicWords.has(word)),
);

/**
 * Whether a word names a topic, by a rule anyone can check: it has a letter, at least two characters,
 * and is neither in the stopwords-iso English or French list (less the topic words above) nor a filler.
 */
export function isTopicWord(word: string): boolean {
  const folded = foldAccents(word.toLowerCase());
  return folded.length >= 2 && /\p{L}/u.test(folded) && !stopWords.has(folded) && !fillers.has(folded);
}

/** A label is good when it has at least one word and every word of every term is a topic word. */
export function isTopicLabel(label: readonly string[]): boolean {
  const words = label.flatMap((term) => term.split(/[\s'’-]+/)).filter(Boolean);
  return words.length > 0 && words.every(isTopicWord);
}

/** Whether a label holds a stop word or filler (an empty label does not). */
export function hasNonTopicWord(label: readonly string[]): boolean {
  return label.flatMap((term) => term.split(/[\s'’-]+/)).some((word) => word && !isTopicWord(word));
}
