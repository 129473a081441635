import { createTextAnalyzer, type TextAnalyzer } from './textAnalyzer.ts';

let shared: TextAnalyzer | undefined;

/** The module-wide analyzer, loaded on first use and then reused (one model load per worker). */
export function sharedTextAnalyzer(): TextAnalyzer {
  shared ??= createTextAnalyzer();
  return shared;
}
