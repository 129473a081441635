import { foldAccents } from './stemFrench.ts';
import type { AnswerLanguage } from './textAnalyzer.ts';

// Words people type in answers that carry no topic: chat fillers, intensifiers, vague nouns, everyday verbs
// and measures of time. Frequent enough to be shared inside a group, so they would otherwise become labels.
const english = `lol lmao haha hahaha tbh idk imo btw pls plz omg ok okay yeah yes nope oh um uh hmm well sooo soo
  basically literally honestly actually really truly just like kinda sorta pretty quite totally super very
  finally guess sincere useful ones sent
  way lot lots much many bit stuff thing things everything anything nothing something everyone everybody
  nobody anyone anybody someone somebody people guy guys folks
  always never ever still already also again often sometimes usually constantly every each whole half
  get gets got getting gotten make makes made making go goes going went gone keep keeps kept keeping
  know knows knew think thinks thought want wants wanted need needs needed love loves would could should
  run runs ran running take takes took taking give gives gave put puts say says said seem seems feel feels
  let lets come comes came try tries tried use uses used look looks see sees
  long longer short good bad better worse great nice big small little real same different other another
  next last new old able sure enough whatever etc
  day days week weeks month months year years today tomorrow yesterday hour hours min mins minute minutes`;
const french = `mdr ptdr lol jpp ouais oui non ok bah ben bref euh hein voila voilà quoi genre trop vraiment
  franchement carrement carrément grave juste super hyper vachement tellement assez plutot plutôt
  beaucoup bcp peu plein tas truc trucs machin chose choses gens monde personne quelqu quelquun chacun
  tout tous toute toutes rien jamais toujours tjrs souvent parfois deja déjà encore aussi enfin
  fait faire fais font faites avoir aller va vont vais sait sais savent savoir veux veut veulent voudrais
  aimerais aimerait faut peux peut peuvent pouvoir dire dit disent mettre met mettent prendre prend prennent
  donner donne voir vois voit trouve trouver passe passer reste rester arrive arriver
  long longue longs longues dure durent durer court courte bon bonne mauvais mauvaise grand grande petit petite
  gros grosse vrai vraie vrais vraies nouveau nouvel nouvelle nouveaux nouvelles vieux vieille meme même
  autre autres seul seule seuls seules impossible possible svp stp pcq jsp ya la là ca ça cest
  jour jours journee journée semaine semaines mois annee année annees années heure heures fois min
  qqch qqn qq quelque quelques quand meme apres après bien mal ptet peutetre vite fin coup cote côté`;

const folded = (words: string) =>
  new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => foldAccents(word.toLowerCase())),
  );

/** The filler words of each language, lower case without accents. */
export const answerFillers: Readonly<Record<AnswerLanguage, ReadonlySet<string>>> = {
  en: folded(english),
  fr: folded(french),
};

/**
 * Whether a word typed in an answer is a filler (English or French: "lol", "basically", "runs", "long",
 * "trop", "genre", "vraiment"…) that must never name a group, whatever its case or accents.
 */
export function isAnswerFiller(word: string): boolean {
  const key = foldAccents(word.toLowerCase());
  return answerFillers.en.has(key) || answerFillers.fr.has(key);
}
