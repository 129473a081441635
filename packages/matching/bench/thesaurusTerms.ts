import type { ExtraTermProvider } from '../src/textAnalyzer.ts';
import { loadWordNet } from './loadWordNet.ts';
import { createWordNetTerms } from './wordnetExpansion.ts';

/** The evaluation's `--thesaurus` flags as given on the command line. */
export interface ThesaurusFlags {
  /** `wordnet` (synsets of the most frequent senses) or `wordnet+hypernyms`; absent: none. */
  thesaurus?: string;
  senses?: string;
  weight?: string;
}

/** The extra-term provider the flags ask for (English answers only), or none. */
export function thesaurusTerms(flags: ThesaurusFlags): ExtraTermProvider | undefined {
  if (flags.thesaurus === undefined) return undefined;
  if (flags.thesaurus !== 'wordnet' && flags.thesaurus !== 'wordnet+hypernyms')
    throw new Error(`--thesaurus ${flags.thesaurus}: expected wordnet or wordnet+hypernyms`);
  const senses = Number(flags.senses ?? '2');
  const weight = Number(flags.weight ?? '0.5');
  if (!Number.isInteger(senses) || senses < 1) throw new Error('--thesaurus-senses: a whole number ≥ 1');
  if (!(weight > 0)) throw new Error('--thesaurus-weight: a number > 0');
  const hypernyms = flags.thesaurus === 'wordnet+hypernyms';
  console.log(
    `# thesaurus: WordNet 3.1, ${senses} sense(s) per English word${hypernyms ? ' + direct hypernyms' : ''}, weight ${weight}`,
  );
  return createWordNetTerms(loadWordNet(), { senses, hypernyms, weight });
}
