/** What the room wrote so far: each answer's author, text and tags. */
export interface RoomAnswer {
  participantId: string;
  text: string;
  tags: readonly string[];
}

// Long function words of both languages that the room shares without meaning a theme.
const common = new Set(
  `about after again always because before being could doing every going maybe never other really should
  something their there these thing things those today which while would aussi avant avoir beaucoup comme
  depuis encore entre faire juste moins parce pendant peut plus pour quand quelque quoi sans toujours tous
  tout toute toutes tres trop vraiment`.split(/\s+/),
);

const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^#/, '');
const written = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4);
const wordsOf = (text: string) => written(text).map(fold);
// "réunion", "réunions", "réunionite" meet on their first five letters.
const root = (word: string) => fold(word).slice(0, 5);
// An answer's words and their roots, once per answer: snapshots keep an unchanged answer as the same object, so
// a keystroke or a new answer in the room reads only the answers it has not seen.
const wordsByAnswer = new WeakMap<RoomAnswer, ReadonlyArray<readonly [word: string, root: string]>>();
const rootedWordsOf = (answer: RoomAnswer) => {
  let words = wordsByAnswer.get(answer);
  if (!words) {
    words = [...new Set(wordsOf(answer.text))].map((word) => [word, root(word)] as const);
    wordsByAnswer.set(answer, words);
  }
  return words;
};

/**
 * Reads the words of `count` answers from `start` ahead of `suggestTags`, which then finds them read: a screen
 * opening the answer box in a room of 300 reads them a slice per task rather than in one long task.
 */
export function learnAnswerWords(answers: readonly RoomAnswer[], start: number, count: number): void {
  for (const answer of answers.slice(start, start + count)) rootedWordsOf(answer);
}

/**
 * Tags to offer someone typing an answer, best first: the tags other people already use (more people
 * first, and first of all those sharing a word with the draft), then words of the draft that at least two
 * other people also wrote. Tags the person has already typed are left out. Cheap enough for every key.
 */
export function suggestTags(
  draft: string,
  typedTags: readonly string[],
  answers: readonly RoomAnswer[],
  ownId: string,
  limit = 5,
): string[] {
  const typed = new Set(typedTags.map(fold).filter(Boolean));
  const draftRoots = new Set(wordsOf(draft).map(root));
  const candidates = new Map<string, { shown: string; people: Set<string>; score: number }>();
  const add = (word: string, participantId: string, bonus: number) => {
    const key = fold(word);
    if (!key || typed.has(key)) return;
    const entry = candidates.get(key) ?? { shown: word.replace(/^#/, ''), people: new Set(), score: 0 };
    entry.people.add(participantId);
    entry.score = Math.max(entry.score, bonus);
    candidates.set(key, entry);
  };
  const others = answers.filter((answer) => answer.participantId !== ownId);
  for (const answer of others) {
    for (const tag of answer.tags) {
      if (tag.trim()) add(tag.trim(), answer.participantId, draftRoots.has(root(tag)) ? 2 : 1);
    }
  }
  const writers = new Map<string, Set<string>>();
  for (const answer of others) {
    for (const [word, key] of rootedWordsOf(answer)) {
      if (!draftRoots.has(key) || common.has(word)) continue;
      const people = writers.get(key) ?? new Set();
      people.add(answer.participantId);
      writers.set(key, people);
    }
  }
  for (const word of written(draft)) {
    const people = writers.get(root(word));
    if (!people || people.size < 2 || common.has(fold(word)) || candidates.has(fold(word))) continue;
    for (const participantId of people) add(word, participantId, 0);
  }
  return [...candidates.values()]
    .filter((entry) => entry.score > 0 || entry.people.size >= 2)
    .sort(
      (left, right) =>
        right.score - left.score ||
        right.people.size - left.people.size ||
        left.shown.localeCompare(right.shown),
    )
    .slice(0, limit)
    .map((entry) => entry.shown);
}
