/**
 * Words of the French lists of the concept lexicon that are also written in English, often in another sense
 * ("court", "process", "vision", "stage", "plan"), so out of the English lists: they tell nothing about
 * the language of a short answer ("admin panel login", "excel" stay in the room's language).
 */
export const englishHomographs: ReadonlySet<string> = new Set(
  `accessible accident accidents admin application applications atmosphere avis bus cap capsule capsules carte
  chat chef clash coach concentration convention court courts direction dispute documents dossier drama
  durable ensemble excel fusion handicap impact implication info information informations infos lent message
  messages notice notification observe observer pair pairs parole participant patron pc pile plan portable
  poser pot prime procedure procedures process programme progression proposition public question questions
  rapport reconnaissance repos respiration retard sport stable stage supports tableau tester timing tranche
  transformation transports validation vision wiki yoga zen`.split(/\s+/),
);
