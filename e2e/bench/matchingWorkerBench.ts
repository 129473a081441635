import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadDataset } from '../../packages/matching/bench/loadDataset.ts';
import { createRandom } from '../../packages/test-kit/src/createRandom.ts';
import { chromiumLaunchOptions } from '../fixtures/chromiumLaunch.ts';
import { repoRoot, startRelayProcess } from '../fixtures/startRelayProcess.ts';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const datasetPath = option('dataset', '../shared/datasets/stackoverflow');
const count = Number(option('n', '500'));
const runs = Number(option('runs', '10'));
const dataset = loadDataset(datasetPath);
const random = createRandom(500);
const picked = Array.from({ length: count }, () => dataset.texts[random.integer(dataset.texts.length)] ?? '');
const workerFile = readdirSync(join(repoRoot, 'apps/web/dist/assets')).find(
  (file) => file.startsWith('matchingWorker-') && file.endsWith('.js'),
);
if (!workerFile) throw new Error('build the app first (npm run build)');

const relay = await startRelayProcess();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  await page.goto(`${relay.url}/`);
  // A string, not a function: tsx would add helpers to a function that the page does not have.
  const script = `(async ({ url, texts, runs }) => {
    const worker = new Worker(url, { type: 'module' });
    const ask = (id) => new Promise((resolve, reject) => {
      const started = performance.now();
      worker.onmessage = (event) => {
        if (!event.data.ok) reject(new Error(event.data.error));
        else resolve({ ms: performance.now() - started, groups: event.data.result.groups.length });
      };
      worker.postMessage({
        id, kind: 'thematic', seed: id, locked: {}, weights: { texts: [1], tags: 0.5 }, language: 'en',
        inputs: texts.map((text, index) => ({ participantId: 'p' + index, texts: [text] })),
      });
    });
    const first = await ask(0);
    const later = [];
    for (let run = 1; run <= runs; run++) later.push((await ask(run)).ms);
    return { first: first.ms, groups: first.groups, later };
  })(${JSON.stringify({ url: `/assets/${workerFile}`, texts: picked, runs })})`;
  const timings = (await page.evaluate(script)) as { first: number; groups: number; later: number[] };
  const sorted = [...timings.later].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
  process.stdout.write(
    `Chromium worker, ${count} answers from ${dataset.name}: first call (model load + grouping) ${timings.first.toFixed(0)} ms, ` +
      `${timings.groups} groups; then p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms over ${runs} runs\n`,
  );
  process.stdout.write(
    `${JSON.stringify({
      dataset: dataset.name,
      n: count,
      first_call_ms: Math.round(timings.first),
      p50_ms: Math.round(at(0.5)),
      p95_ms: Math.round(at(0.95)),
      runs,
    })}\n`,
  );
} finally {
  await browser.close();
  await relay.dispose();
}
