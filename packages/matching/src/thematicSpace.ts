import { type FeatureSpace, featurize } from './featurize.ts';
import { sharedTextAnalyzer } from './sharedTextAnalyzer.ts';
import type { ThematicInput, ThematicOptions } from './thematicGroups.ts';

/**
 * The feature space thematic grouping clusters: each answer analysed (stop words, stems), tags and
 * criteria, with the facilitator's weights. The evaluation harness clusters the same space at other sizes.
 */
export function thematicSpace(
  inputs: readonly ThematicInput[],
  options: Pick<ThematicOptions, 'analyzer' | 'language' | 'weights'>,
): FeatureSpace {
  const analyzer = options.analyzer ?? sharedTextAnalyzer();
  return featurize(
    inputs.map((input) => ({
      answers: input.texts.map((text) => analyzer.analyze(text ?? '', options.language)),
      tags: input.tags,
      criteria: input.criteria,
    })),
    { weights: options.weights },
  );
}
