import { createMatcher } from '../src/createMatcher.ts';
import type { TextAnalyzerOptions } from '../src/textAnalyzer.ts';
import { loadDataset } from './loadDataset.ts';
import { sampleDataset } from './sampleDataset.ts';

/** Time quantiles (ms) of one kind of run. */
export interface TimeQuantiles {
  runs: number;
  p50: number;
  p95: number;
}

const regroupRuns = 40;
const firstRuns = 12;

/**
 * Times thematic grouping of 500 answers drawn from the given sets (room fr), with the model loaded once
 * (as in the facilitator's worker): regrouping the same answers (the analyzer has read them; what a
 * facilitator does when regrouping), and first groupings of answers it has not read (each run appends a
 * number to every answer, which the analyzer drops, so nothing comes from its cache of answers).
 * One untimed run first, so that the JIT has compiled the code.
 */
export function timeGrouping500(
  folders: readonly string[],
  analyzerOptions: TextAnalyzerOptions = {},
): { regroup: TimeQuantiles; first: TimeQuantiles } {
  const texts = folders.flatMap((folder) => loadDataset(folder).texts);
  const none = { runs: 0, p50: 0, p95: 0 };
  if (texts.length === 0) return { regroup: none, first: none };
  const inputs = sampleDataset(texts.length, 500, 7).map((index, position) => ({
    participantId: String(position),
    texts: [texts[index] ?? ''],
  }));
  const matcher = createMatcher(analyzerOptions);
  const group = (seed: number, suffix = '') =>
    matcher.thematicGroups(
      suffix
        ? inputs.map((input) => ({ ...input, texts: input.texts.map((text) => `${text} ${suffix}`) }))
        : inputs,
      { seed, language: 'fr' },
    ).stats.ms;
  group(1);
  const regroup = Array.from({ length: regroupRuns }, (_, run) => group(run + 2));
  const first = Array.from({ length: firstRuns }, (_, run) => group(run + 1, String(1000 + run)));
  return { regroup: quantiles(regroup), first: quantiles(first) };
}

function quantiles(times: number[]): TimeQuantiles {
  const sorted = [...times].sort((left, right) => left - right);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { runs: times.length, p50: at(0.5), p95: at(0.95) };
}
