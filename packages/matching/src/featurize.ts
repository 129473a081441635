import type { SparseVector } from './sparseVector.ts';
import type { AnalyzedToken } from './textAnalyzer.ts';

/** What one participant contributes to the feature space. */
export interface FeatureSource {
  /** Analyzed tokens per question (index = question index). */
  answers: AnalyzedToken[][];
  tags?: string[];
  /** Per tag, the key that joins variants ("réunions", "meetings"); the tag itself (lower case) if absent. */
  tagKeys?: string[];
  criteria?: Record<string, string>;
}

/** Relative weights of the blocks of the feature vector. */
export interface FeatureWeights {
  texts?: number[];
  tags?: number;
  criteria?: Record<string, number>;
}

/** Options for building the feature space. */
export interface FeaturizeOptions {
  weights?: FeatureWeights;
  /** Terms used by fewer participants are dropped (default 2). */
  minDocumentFrequency?: number;
  /** Adds adjacent-word pairs as terms (default true). */
  bigrams?: boolean;
}

/** Distinct feature ids of one participant with their weights (for the classification mixture). */
export interface WeightedBag {
  ids: number[];
  weights: number[];
}

/** Sparse, L2-normalized feature vectors plus what each feature means. */
export interface FeatureSpace {
  vectors: SparseVector[];
  featureCount: number;
  /** Readable text of each feature (most frequent original word(s) for a stem). */
  featureLabels: string[];
  /** True for text-term features, false for tag and criterion features. */
  isTextFeature: boolean[];
  /** True for concepts of the lexicon (and pairs of them), whose labels are curated topic words. */
  isConceptFeature: boolean[];
  /** Per participant, feature ids of unigram and one-hot features with repetition (for mixture models). */
  tokenIds: number[][];
  /**
   * Per participant, unigrams weighted 1 + ln(count) × their question's weight, and each tag and criterion
   * weighted by its block weight × the mean word mass of an answer (so weight 1 counts like one answer).
   */
  bags: WeightedBag[];
}

const defaultTagWeight = 0.5;
const defaultCriterionWeight = 0.5;

interface Block {
  counts: Map<string, number>;
  /** Per key, the largest weight of its tokens (1 for words, below 1 for a provider's extra terms). */
  scales?: Map<string, number>;
  weight: number;
  sublinear: boolean;
  /** Tags split their block weight between them in the bags. */
  share?: boolean;
}

/**
 * Builds TF-IDF features: per question sublinear tf × smoothed idf, optional bigrams, minimum document
 * frequency, each block L2-normalized and weighted; tags and criteria are weighted one-hot blocks.
 */
export function featurize(sources: FeatureSource[], options: FeaturizeOptions = {}): FeatureSpace {
  const minDocumentFrequency = options.minDocumentFrequency ?? 2;
  const useBigrams = options.bigrams ?? true;
  const weights = options.weights ?? {};
  const surfaceCounts = new Map<string, Map<string, number>>();
  const countSurface = (key: string, surface: string) => {
    let counts = surfaceCounts.get(key);
    if (!counts) {
      counts = new Map();
      surfaceCounts.set(key, counts);
    }
    counts.set(surface, (counts.get(surface) ?? 0) + 1);
  };
  const documentBlocks = sources.map((source) => {
    const blocks: Block[] = [];
    source.answers.forEach((tokens, question) => {
      const counts = new Map<string, number>();
      const scales = new Map<string, number>();
      const wordPrefix = `t${question}:`;
      const pairPrefix = `b${question}:`;
      for (let position = 0; position < tokens.length; position++) {
        const token = tokens[position] as AnalyzedToken;
        const key = wordPrefix + token.stem;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        countSurface(key, token.surface);
        scales.set(key, Math.max(scales.get(key) ?? 0, token.weight ?? 1));
        if (token.weight !== undefined) continue;
        let after = position + 1;
        while (tokens[after]?.weight !== undefined) after++;
        const next = tokens[after];
        // A pair's label is made of its words' labels, so pairs need no surface counts of their own.
        if (useBigrams && next && next.stem !== token.stem) {
          const pairKey = `${pairPrefix}${token.stem} ${next.stem}`;
          counts.set(pairKey, (counts.get(pairKey) ?? 0) + 1);
        }
      }
      blocks.push({ counts, scales, weight: weights.texts?.[question] ?? 1, sublinear: true });
    });
    const tags = new Map<string, number>();
    (source.tags ?? []).forEach((tag, index) => {
      const clean = (source.tagKeys?.[index] ?? tag).trim().toLowerCase();
      if (!clean) return;
      tags.set(`g:${clean}`, 1);
      countSurface(`g:${clean}`, tag.trim());
    });
    blocks.push({ counts: tags, weight: weights.tags ?? defaultTagWeight, sublinear: false, share: true });
    for (const [criterion, value] of Object.entries(source.criteria ?? {})) {
      const clean = value.trim().toLowerCase();
      if (!clean) continue;
      const key = `c:${criterion}=${clean}`;
      countSurface(key, value.trim());
      const weight = weights.criteria?.[criterion] ?? defaultCriterionWeight;
      blocks.push({ counts: new Map([[key, 1]]), weight, sublinear: false });
    }
    return blocks;
  });

  const documentFrequency = new Map<string, number>();
  for (const blocks of documentBlocks) {
    for (const block of blocks) {
      for (const key of block.counts.keys())
        documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    }
  }
  const labelOf = (key: string): string => {
    const text = key.slice(key.indexOf(':') + 1);
    if (!key.startsWith('b')) return mostFrequent(surfaceCounts.get(key)) ?? text;
    const prefix = `t${key.slice(1, key.indexOf(':'))}:`;
    return text
      .split(' ')
      .map((stem) => mostFrequent(surfaceCounts.get(prefix + stem)) ?? stem)
      .join(' ');
  };
  const featureIds = new Map<string, number>();
  const featureLabels: string[] = [];
  const isTextFeature: boolean[] = [];
  const isConceptFeature: boolean[] = [];
  const idf: number[] = [];
  const total = sources.length;
  for (const [key, frequency] of documentFrequency) {
    if (frequency < minDocumentFrequency) continue;
    featureIds.set(key, featureLabels.length);
    featureLabels.push(labelOf(key));
    isTextFeature.push(key.startsWith('t') || key.startsWith('b'));
    isConceptFeature.push(key.startsWith('t') && key.includes(':~'));
    idf.push(key.startsWith('t') || key.startsWith('b') ? Math.log((1 + total) / (1 + frequency)) + 1 : 1);
  }

  let wordMass = 0;
  let answered = 0;
  for (const blocks of documentBlocks) {
    for (const block of blocks) {
      if (!block.sublinear) continue;
      let mass = 0;
      for (const [key, count] of block.counts)
        if (key.startsWith('t') && featureIds.has(key)) mass += (1 + Math.log(count)) * scaleOf(block, key);
      if (mass > 0) answered++;
      wordMass += mass;
    }
  }
  const answerMass = answered > 0 ? wordMass / answered : 1;

  const tokenIds: number[][] = [];
  const bags: WeightedBag[] = [];
  const vectors = documentBlocks.map((blocks) => {
    const bag: WeightedBag = { ids: [], weights: [] };
    const indices: number[] = [];
    const values: number[] = [];
    const ids: number[] = [];
    for (const block of blocks) {
      const start = indices.length;
      let squared = 0;
      for (const [key, count] of block.counts) {
        const id = featureIds.get(key);
        if (id === undefined) continue;
        if (!key.startsWith('b')) for (let repeat = 0; repeat < count; repeat++) ids.push(id);
        const termScale = scaleOf(block, key);
        const bagWeight = block.sublinear
          ? key.startsWith('t')
            ? (1 + Math.log(count)) * block.weight * termScale
            : 0
          : (block.weight * answerMass) / (block.share ? block.counts.size : 1);
        if (bagWeight > 0) {
          bag.ids.push(id);
          bag.weights.push(bagWeight);
        }
        const value = (block.sublinear ? 1 + Math.log(count) : count) * (idf[id] ?? 1) * termScale;
        indices.push(id);
        values.push(value);
        squared += value * value;
      }
      const scale = squared > 0 ? block.weight / Math.sqrt(squared) : 0;
      for (let index = start; index < values.length; index++) values[index] = (values[index] ?? 0) * scale;
    }
    tokenIds.push(ids);
    bags.push(bag);
    return normalized({ indices, values });
  });
  return {
    vectors,
    featureCount: featureLabels.length,
    featureLabels,
    isTextFeature,
    isConceptFeature,
    tokenIds,
    bags,
  };
}

function scaleOf(block: Block, key: string): number {
  return block.scales?.get(key) ?? 1;
}

function normalized(vector: { indices: number[]; values: number[] }): SparseVector {
  let squared = 0;
  for (const value of vector.values) squared += value * value;
  if (squared === 0) return { indices: [], values: [] };
  const scale = 1 / Math.sqrt(squared);
  return { indices: vector.indices, values: vector.values.map((value) => value * scale) };
}

function mostFrequent(counts: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [surface, count] of counts ?? []) {
    if (count > bestCount) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}
