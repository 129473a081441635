import { createSeededRandom } from '../src/seededRandom.ts';

/** Options for {@link dirichletMultinomialMixture}. */
export interface MixtureOptions {
  seed: number;
  clusters: number;
  /** Prior weight of cluster popularity (default 0.1). */
  alpha?: number;
  /** Prior weight of a word in a cluster (default 0.1). */
  beta?: number;
  /** Gibbs sweeps (default 30). */
  iterations?: number;
  /** Per document a cluster it must stay in, or undefined. */
  fixed?: (number | undefined)[];
  /** Starting cluster per document (e.g. a k-means result); random when absent. */
  initial?: number[];
}

/** Cluster per document (-1 for documents without tokens) and the number of sweeps run. */
export interface MixtureResult {
  assignment: number[];
  iterations: number;
}

/**
 * GSDMM (Yin & Wang 2014): collapsed Gibbs sampling of a Dirichlet-multinomial mixture where each
 * short document belongs to exactly one cluster. Documents are arrays of token ids (with repetition).
 */
export function dirichletMultinomialMixture(
  documents: number[][],
  vocabularySize: number,
  options: MixtureOptions,
): MixtureResult {
  const clusters = Math.max(1, options.clusters);
  const alpha = options.alpha ?? 0.1;
  const beta = options.beta ?? 0.1;
  const random = createSeededRandom(options.seed);
  const wordCounts = new Float64Array(clusters * vocabularySize);
  const documentCounts = new Float64Array(clusters);
  const tokenCounts = new Float64Array(clusters);
  const grouped = documents.map((tokens) => {
    const counts = new Map<number, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    return { words: [...counts.keys()], counts: [...counts.values()], length: tokens.length };
  });
  const assignment = documents.map((tokens, index) => {
    if (tokens.length === 0) return options.fixed?.[index] ?? -1;
    const start = options.fixed?.[index] ?? options.initial?.[index] ?? -1;
    return start >= 0 && start < clusters ? start : Math.floor(random() * clusters);
  });
  const apply = (index: number, cluster: number, sign: number) => {
    const document = grouped[index];
    if (!document || cluster < 0) return;
    documentCounts[cluster] = (documentCounts[cluster] ?? 0) + sign;
    tokenCounts[cluster] = (tokenCounts[cluster] ?? 0) + sign * document.length;
    document.words.forEach((word, position) => {
      const slot = cluster * vocabularySize + word;
      wordCounts[slot] = (wordCounts[slot] ?? 0) + sign * (document.counts[position] ?? 0);
    });
  };
  assignment.forEach((cluster, index) => {
    apply(index, cluster, 1);
  });
  const logWeights = new Float64Array(clusters);
  const vocabularyPrior = vocabularySize * beta;
  const sweeps = options.iterations ?? 30;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    grouped.forEach((document, index) => {
      const current = assignment[index] ?? -1;
      if (current < 0 || options.fixed?.[index] !== undefined) return;
      apply(index, current, -1);
      let highest = Number.NEGATIVE_INFINITY;
      for (let cluster = 0; cluster < clusters; cluster++) {
        let logWeight = Math.log((documentCounts[cluster] ?? 0) + alpha);
        const offset = cluster * vocabularySize;
        document.words.forEach((word, position) => {
          const base = (wordCounts[offset + word] ?? 0) + beta;
          for (let repeat = 0; repeat < (document.counts[position] ?? 0); repeat++) {
            logWeight += Math.log(base + repeat);
          }
        });
        const total = (tokenCounts[cluster] ?? 0) + vocabularyPrior;
        for (let repeat = 0; repeat < document.length; repeat++) logWeight -= Math.log(total + repeat);
        logWeights[cluster] = logWeight;
        if (logWeight > highest) highest = logWeight;
      }
      let sum = 0;
      for (let cluster = 0; cluster < clusters; cluster++) {
        const weight = Math.exp((logWeights[cluster] ?? 0) - highest);
        logWeights[cluster] = weight;
        sum += weight;
      }
      let threshold = random() * sum;
      let chosen = clusters - 1;
      for (let cluster = 0; cluster < clusters; cluster++) {
        threshold -= logWeights[cluster] ?? 0;
        if (threshold <= 0) {
          chosen = cluster;
          break;
        }
      }
      assignment[index] = chosen;
      apply(index, chosen, 1);
    });
  }
  return { assignment, iterations: sweeps };
}
