import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadDataset } from './loadDataset.ts';
import { loadWordNet } from './loadWordNet.ts';
import { wordNetFeatures } from './wordnetExpansion.ts';

// What a shipped WordNet extract would weigh (nothing here is shipped): the map lemma → feature ids for the
// `--words` most frequent English lemmas, written to temp files so that `gzip -9 < FILE | wc -c` can check.
// Frequency: the sum of SemCor tag counts of a lemma's senses (WordNet's index.sense), ties (most lemmas have
// none) broken by how often the lemma is the first sense's lemma of a word of the shared English corpora.
const { values } = parseArgs({ options: { words: { type: 'string' }, senses: { type: 'string' } } });
const wanted = Number(values.words ?? '20000');
const senses = Number(values.senses ?? '2');
const wordnet = loadWordNet();
const tagged = wordnet.lemmaFrequencies();
const corpus = new Map<string, number>();
let corpusWords = 0;
const sharedFolder = resolve(import.meta.dirname, '../../../../shared/datasets');
/** The base form of each word of the shared corpora that WordNet knows (its first sense's lemma). */
const corpusLemmas: string[] = [];
for (const name of readdirSync(sharedFolder).sort()) {
  const text = loadDataset(resolve(sharedFolder, name)).texts.join('\n').toLowerCase();
  for (const word of text.split(/[^a-z]+/)) {
    if (word.length < 2) continue;
    corpusWords++;
    const lemma = wordnet.senses(word)[0]?.lemma;
    if (!lemma) continue;
    corpusLemmas.push(lemma);
    corpus.set(lemma, (corpus.get(lemma) ?? 0) + 1);
  }
}
const ranked = [...tagged.keys()]
  .filter((lemma) => /^[a-z][a-z'-]*$/.test(lemma))
  .sort(
    (left, right) =>
      (tagged.get(right) ?? 0) - (tagged.get(left) ?? 0) ||
      (corpus.get(right) ?? 0) - (corpus.get(left) ?? 0) ||
      (left < right ? -1 : 1),
  )
  .slice(0, wanted);
const kept = new Set(ranked);
const folder = mkdtempSync(resolve(tmpdir(), 'wordnet-extract-'));
const figures: Record<string, unknown> = {
  words: ranked.length,
  words_with_semcor_counts: ranked.filter((lemma) => (tagged.get(lemma) ?? 0) > 0).length,
};
for (const hypernyms of [false, true]) {
  const variant = hypernyms ? 'hypernyms' : 'synonyms';
  const numbers = new Map<string, number>();
  const entries: [string, number[]][] = [];
  for (const lemma of ranked) {
    const ids = wordNetFeatures(wordnet, lemma, { senses, hypernyms }).map((synset) => {
      let number = numbers.get(synset);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(synset, number);
      }
      return number;
    });
    if (ids.length > 0) entries.push([lemma, ids]);
  }
  const json = JSON.stringify(Object.fromEntries(entries));
  const lines = entries.map(([lemma, ids]) => `${lemma} ${ids.join(',')}\n`).join('');
  for (const [format, text] of [
    ['json', json],
    ['lines', lines],
  ] as const) {
    const path = resolve(folder, `${variant}.${format === 'json' ? 'json' : 'txt'}`);
    writeFileSync(path, text);
    const gzipped = gzipSync(text, { level: 9 }).length;
    console.log(
      `${variant.padEnd(9)} ${format.padEnd(5)} ${entries.length} lemmas, ${numbers.size} feature ids: ${text.length} bytes, ${gzipped} gzipped (zlib -9)  ${path}`,
    );
    figures[`${variant}_${format}_bytes`] = text.length;
    figures[`${variant}_${format}_gzip9`] = gzipped;
  }
}
// Coverage: words of the shared corpora (English) whose base form is in the extract, against all of WordNet.
const inWordNet = corpusLemmas.length;
const inExtract = corpusLemmas.filter((lemma) => kept.has(lemma)).length;
figures.corpus_words = corpusWords;
figures.corpus_words_in_wordnet = Number(((100 * inWordNet) / corpusWords).toFixed(1));
figures.corpus_words_in_extract = Number(((100 * inExtract) / corpusWords).toFixed(1));
console.log(
  `shared corpora: ${corpusWords} words of 2+ letters, ${figures.corpus_words_in_wordnet} % found in WordNet, ${figures.corpus_words_in_extract} % in the extract (stop words included)`,
);
console.log(JSON.stringify(figures));
