import stopwordsFr from 'stopwords-fr';
import { answerFillers } from './answerFillers.ts';
import { foldAccents } from './stemFrench.ts';
import type { AnswerLanguage } from './textAnalyzer.ts';

// Words of the French stopwords-iso list that name a topic in answers to a facilitator's question
// ("merci", "bravo", "parole", "sujet", "retour"…): they stay.
const frenchTopicWords = new Set(
  `merci bravo essai essais parole parler parle parlent sujet sujets debut ouvert ouverte retour valeur
  mot mots piece dos droite haut premier premiere personnes suivre suivi seul seule`.split(/\s+/),
);

// English: wink's own stop list (the analyzer reads its flag) and the fillers. The stopwords-iso English
// list (1,298 words, "information", "research", "system", "course"…) cost 2–3 points of pairwise
// precision on the English benchmark corpora and on the English development sets.
const lists: Record<AnswerLanguage, ReadonlySet<string>> = {
  en: answerFillers.en,
  fr: new Set(
    [...(stopwordsFr as string[]), ...answerFillers.fr]
      .map((word) => foldAccents(word.toLowerCase()))
      .filter((word) => !frenchTopicWords.has(word)),
  ),
};

/**
 * Whether a word carries no theme in an answer written in `language`. French: the stopwords-iso list
 * and the answer fillers ("genre", "trop", "tout le monde"…), less the words that name topics. English:
 * the fillers ("basically", "lol"…), on top of wink's stop-word flag that the analyzer checks. Only that
 * language's words apply: "former", "but", "an" carry meaning in French.
 */
export function isStopWord(word: string, language: AnswerLanguage): boolean {
  return lists[language].has(foldAccents(word.toLowerCase()));
}
