import { createTextAnalyzer, type TextAnalyzer, type TextAnalyzerOptions } from './textAnalyzer.ts';
import {
  type ThematicInput,
  type ThematicOptions,
  type ThematicResult,
  thematicGroups,
} from './thematicGroups.ts';

/** A matcher holding one loaded NLP model, for reuse across calls (e.g. inside a Web Worker). */
export interface Matcher {
  analyzer: TextAnalyzer;
  thematicGroups(inputs: ThematicInput[], options: ThematicOptions): ThematicResult;
}

/** Loads the wink English model once (from the npm package, no network) and returns a reusable matcher. */
export function createMatcher(options: TextAnalyzerOptions = {}): Matcher {
  const analyzer = createTextAnalyzer(options);
  return {
    analyzer,
    thematicGroups: (inputs, options) => thematicGroups(inputs, { ...options, analyzer }),
  };
}
