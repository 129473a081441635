/** A compact French stop-word list (articles, pronouns, auxiliaries, common prepositions and adverbs). */
export const frenchStopWords: ReadonlySet<string> = new Set(
  `a afin ai aie aient aies ait alors as au aucun aucune aupres auquel aura aurai auraient aurais aurait auras aurez
  auriez aurions aurons auront aussi autre autres aux auxquelles auxquels avaient avais avait avant avec avez aviez
  avions avoir avons ayant ayez ayons bon c ca car ce ceci cela celle celles celui cependant ces cet cette ceux chaque
  chez ci comme comment d dans de des donc dont du elle elles en encore entre es est et etaient etais etait etant ete
  etes etiez etions etre eu eue eues eurent eus eusse eut eux fait faire fais faut furent fus fut il ils j je jusqu l la
  le les leur leurs lui m ma mais me meme memes mes moi mon n ne ni nos notre nous on ont ou par parce pas peu peut plus
  pour pourquoi puis qu quand que quel quelle quelles quels qui quoi s sa sans se sera serai seraient serais serait
  seras serez seriez serions serons seront ses si sien soi soient sois soit sommes son sont sous suis sur t ta te tes
  toi ton tous tout toute toutes tres tu un une unes uns vers voici voila vos votre vous y`.split(/\s+/),
);
