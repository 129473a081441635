import { parseArgs } from 'node:util';
import { assignClusters } from '../src/assignClusters.ts';
import { classificationMixture } from '../src/classificationMixture.ts';
import { createMatcher } from '../src/createMatcher.ts';
import { featurize } from '../src/featurize.ts';
import { defaultThematicMethod, type ThematicMethod } from '../src/thematicMethod.ts';
import { dirichletMultinomialMixture } from './dirichletMultinomialMixture.ts';
import { evaluateAllSets } from './evaluateAllSets.ts';
import type { EvaluationMethodName } from './evaluationMethods.ts';
import { hungarianAccuracy } from './hungarianAccuracy.ts';
import { loadDataset } from './loadDataset.ts';
import { normalizedMutualInformation } from './normalizedMutualInformation.ts';
import { measureProductRegime, type ProductMeasure } from './productRegime.ts';
import { thesaurusTerms } from './thesaurusTerms.ts';

const { values } = parseArgs({
  options: {
    dataset: { type: 'string' },
    seeds: { type: 'string' },
    'shared-seeds': { type: 'string' },
    all: { type: 'boolean', default: false },
    sets: { type: 'string' },
    labels: { type: 'boolean', default: false },
    'skip-shared': { type: 'boolean', default: false },
    'no-concepts': { type: 'boolean', default: false },
    thesaurus: { type: 'string' },
    'thesaurus-senses': { type: 'string' },
    'thesaurus-weight': { type: 'string' },
  },
});
const analyzerOptions = {
  concepts: !values['no-concepts'],
  extraTerms: thesaurusTerms({
    thesaurus: values.thesaurus,
    senses: values['thesaurus-senses'],
    weight: values['thesaurus-weight'],
  }),
};
const matcher = createMatcher(analyzerOptions);
if (!values.dataset) {
  // Default (or --all): every development set and every shared corpus, one table, one JSON line.
  evaluateAllSets(matcher, {
    seeds: Number(values.seeds ?? '3'),
    sharedSeeds: Number(values['shared-seeds'] ?? '10'),
    filter: values.sets,
    showLabels: values.labels,
    skipShared: values['skip-shared'],
    analyzerOptions,
  });
  process.exit(0);
}
const data = loadDataset(values.dataset);
const seeds = Number(values.seeds ?? '5');
const classes = new Set(data.labels).size;
const percent = (value: number) => (100 * value).toFixed(1).padStart(6);

console.log(`# ${data.name}: ${data.texts.length} texts, ${classes} classes, ${seeds} seeds`);
const started = performance.now();
const space = featurize(data.texts.map((text) => ({ answers: [matcher.analyzer.analyze(text)] })));
type FullMethod = 'kmeans' | 'kmeans-gsdmm' | 'kmeans-mixture';
const full: Record<FullMethod, { acc: number; nmi: number }> = {
  kmeans: { acc: 0, nmi: 0 },
  'kmeans-gsdmm': { acc: 0, nmi: 0 },
  'kmeans-mixture': { acc: 0, nmi: 0 },
};
console.log('Full set, K = gold classes, no size bounds (ACC / NMI %)');
for (let seed = 1; seed <= seeds; seed++) {
  const kmeans = assignClusters(space, classes, { seed, method: 'kmeans' }).assignment;
  const refined = dirichletMultinomialMixture(space.tokenIds, space.featureCount, {
    seed,
    clusters: classes,
    iterations: 15,
    initial: kmeans,
  }).assignment;
  const mixture = classificationMixture(space.bags, space.featureCount, {
    clusters: classes,
    initial: kmeans,
  }).assignment;
  for (const [method, predicted] of [
    ['kmeans', kmeans],
    ['kmeans-gsdmm', refined],
    ['kmeans-mixture', mixture],
  ] as const) {
    const clean = predicted.map((cluster) => Math.max(0, cluster));
    const acc = hungarianAccuracy(clean, data.labels);
    const nmi = normalizedMutualInformation(clean, data.labels);
    full[method].acc += acc / seeds;
    full[method].nmi += nmi / seeds;
    console.log(`  seed ${seed} ${method.padEnd(13)} ACC ${percent(acc)}  NMI ${percent(nmi)}`);
  }
}
for (const [method, score] of Object.entries(full)) {
  console.log(`  mean   ${method.padEnd(13)} ACC ${percent(score.acc)}  NMI ${percent(score.nmi)}`);
}
console.log(`  (full-set time ${((performance.now() - started) / 1000).toFixed(1)} s)`);

console.log('\nProduct regime: groups of 3–6 (target 5), 3 samples per N');
console.log('     N  method         precision  random  violations   p50 ms   p95 ms');
const methods: (ThematicMethod | EvaluationMethodName)[] = [
  'kmeans',
  'gsdmm',
  'kmeans-gsdmm',
  'kmeans-mixture',
];
const measures: ProductMeasure[] = [];
for (const size of [30, 100, 250, 500]) {
  for (const method of methods) {
    const measure = measureProductRegime(matcher, data, size, method, 3, size === 500 ? 20 : 3);
    measures.push(measure);
    console.log(
      `  ${String(size).padStart(4)}  ${method.padEnd(13)} ${measure.precision.toFixed(1).padStart(9)}  ${measure.randomPrecision.toFixed(1).padStart(6)}  ${String(measure.violations).padStart(10)}  ${measure.p50.toFixed(1).padStart(7)}  ${measure.p95.toFixed(1).padStart(7)}`,
    );
  }
}
const chosen = measures.filter((measure) => measure.method === defaultThematicMethod);
const at500 = chosen.find((measure) => measure.size === 500);
const fullDefault = full[defaultThematicMethod];
console.log(`\nDefault method: ${defaultThematicMethod}`);
console.log(
  JSON.stringify({
    dataset: data.name,
    method: defaultThematicMethod,
    acc: Number((100 * fullDefault.acc).toFixed(2)),
    nmi: Number((100 * fullDefault.nmi).toFixed(2)),
    acc_kmeans: Number((100 * full.kmeans.acc).toFixed(2)),
    nmi_kmeans: Number((100 * full.kmeans.nmi).toFixed(2)),
    pairwise_precision_500: Number((at500?.precision ?? 0).toFixed(2)),
    random_pairwise_precision_500: Number((at500?.randomPrecision ?? 0).toFixed(2)),
    size_violations: chosen.reduce((sum, measure) => sum + measure.violations, 0),
    p50_ms_500: Number((at500?.p50 ?? 0).toFixed(1)),
    p95_ms_500: Number((at500?.p95 ?? 0).toFixed(1)),
  }),
);
