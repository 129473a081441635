import { type FeatureSpace, featurize } from './featurize.ts';
import { sharedTextAnalyzer } from './sharedTextAnalyzer.ts';
import type { ThematicInput, ThematicOptions } from './thematicGroups.ts';

/**
 * The feature space thematic grouping clusters: each answer analysed (stop words, stems, concepts), tags
 * read the same way (variants and translations count as one tag), criteria, with the facilitator's weights. The evaluation harness clusters the same space at other sizes.
 */
export function thematicSpace(
  inputs: readonly ThematicInput[],
  options: Pick<ThematicOptions, 'analyzer' | 'language' | 'weights'>,
): FeatureSpace {
  const analyzer = options.analyzer ?? sharedTextAnalyzer();
  return featurize(
    inputs.map((input) => {
      // A tag is read like an answer, so that "#réunions" and "#meetings" count as one.
      const tags = (input.tags ?? []).map((tag) =>
        analyzer.analyze(tag, options.language).filter((token) => token.weight === undefined),
      );
      return {
        answers: input.texts.map((text) => analyzer.analyze(text ?? '', options.language)),
        tags: tags.map((tokens, index) =>
          tokens.length > 0 ? tokens.map((token) => token.surface).join(' ') : (input.tags?.[index] ?? ''),
        ),
        tagKeys: tags.map((tokens, index) =>
          tokens.length > 0 ? tokens.map((token) => token.stem).join(' ') : (input.tags?.[index] ?? ''),
        ),
        criteria: input.criteria,
      };
    }),
    { weights: options.weights },
  );
}
