import { assignClusters } from './assignClusters.ts';
import { featurize } from './featurize.ts';
import { sharedTextAnalyzer } from './sharedTextAnalyzer.ts';
import type { AnswerLanguage, TextAnalyzer } from './textAnalyzer.ts';
import { defaultThematicMethod, type ThematicMethod } from './thematicMethod.ts';

/** Options for {@link clusterTexts}. */
export interface ClusterTextsOptions {
  seed: number;
  method?: ThematicMethod;
  language?: AnswerLanguage;
  maxIterations?: number;
  restarts?: number;
  dimensions?: number;
  bigrams?: boolean;
  analyzer?: TextAnalyzer;
}

/**
 * Plain clustering of texts into `count` clusters, with no group-size bounds (used for benchmarks).
 * Returns a cluster index per text; texts with no usable words go to cluster 0.
 */
export function clusterTexts(texts: string[], count: number, options: ClusterTextsOptions): number[] {
  const analyzer = options.analyzer ?? sharedTextAnalyzer();
  const space = featurize(
    texts.map((text) => ({ answers: [analyzer.analyze(text, options.language)] })),
    { bigrams: options.bigrams },
  );
  const { assignment } = assignClusters(space, count, {
    seed: options.seed,
    method: options.method ?? defaultThematicMethod,
    maxIterations: options.maxIterations,
    restarts: options.restarts,
    dimensions: options.dimensions,
  });
  return assignment.map((cluster) => Math.max(0, cluster));
}
