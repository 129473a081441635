import stopwordsEn from 'stopwords-en';
import stopwordsFr from 'stopwords-fr';
import { answerFillers } from './answerFillers.ts';
import { foldAccents } from './stemFrench.ts';
import type { AnswerLanguage } from './textAnalyzer.ts';

// Words of the stopwords-iso lists that name a topic in answers to a facilitator's question: the English
// list holds "work", "help", "ask", "course", "thanks", "useful"…, the French one "merci", "bravo", "parole",
// "sujet", "retour"… They stay.
const topicWords: Record<AnswerLanguage, string> = {
  en: `ask asked asking asks help course courses clear clearly thank thanks test tests results result work
    worked working works group groups home information computer example point points order ends brief
    early date detail details face fix follow followed following free join keys line member members
    number open page pages part place present presented presents problem problems proud room research show
    showed shown shows sincere small system text tip tips top turn useful value web website welcome words
    world young important interesting call copy click bill buy fire microsoft mean means money`,
  fr: `merci bravo essai essais parole parler parle parlent sujet sujets debut ouvert ouverte retour valeur
    mot mots piece dos droite haut premier premiere personnes suivre suivi seul seule`,
};

const stopWords = (list: readonly string[], language: AnswerLanguage): ReadonlySet<string> => {
  const kept = new Set(topicWords[language].split(/\s+/).filter(Boolean));
  const words = [...list, ...answerFillers[language]].map((word) => foldAccents(word.toLowerCase()));
  return new Set(words.filter((word) => !kept.has(word)));
};

const lists: Record<AnswerLanguage, ReadonlySet<string>> = {
  en: stopWords(stopwordsEn as string[], 'en'),
  fr: stopWords(stopwordsFr as string[], 'fr'),
};

/**
 * Whether a word carries no theme in an answer written in `language`: the stopwords-iso list of that
 * language and the answer fillers ("genre", "trop", "basically"…), less the words that name topics.
 * Only that language's list applies: "former", "but", "an" carry meaning in French.
 */
export function isStopWord(word: string, language: AnswerLanguage): boolean {
  return lists[language].has(foldAccents(word.toLowerCase()));
}
