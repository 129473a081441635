import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../fixtures/chromiumLaunch.ts';
import { startRelayProcess } from '../fixtures/startRelayProcess.ts';
import { measureHtmlExport } from './measureHtmlExport.ts';
import { openFacilitatorInChromium } from './openFacilitatorInChromium.ts';
import { seedPageProductions } from './seedPageProductions.ts';

/**
 * The session page of 60 productions (about 2 KB of text each) in Chromium on a loopback relay: how long the
 * facilitator's page takes to show every production (one hub socket), and how long its HTML export takes to open
 * from a file:// URL (the budget: 1 s). Options: --productions N --runs N --seed N. The last line is JSON.
 */
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) || fallback : fallback;
};
const PRODUCTIONS = option('productions', 60);
const RUNS = option('runs', 5);
const SEED = option('seed', 12);
const TEXT_BYTES = 2_000;

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

const relay = await startRelayProcess();
const browser = await chromium.launch(chromiumLaunchOptions);
const folder = await mkdtemp(join(tmpdir(), 'peerloom-page-bench-'));
try {
  const session = await relay.createSession('Page benchmark');
  const seeded = await seedPageProductions(relay.url, session, {
    productions: PRODUCTIONS,
    textBytes: TEXT_BYTES,
    seed: SEED,
  });
  const shown = await openFacilitatorInChromium(browser, relay.url, session);
  const pageOpenMs = await shown.showPage({ productions: PRODUCTIONS, lastWords: seeded.lastWords });
  const exported = await measureHtmlExport(browser, shown.page, {
    folder,
    productions: PRODUCTIONS,
    runs: RUNS,
  });

  const summary = {
    productions: PRODUCTIONS,
    page_open_ms: pageOpenMs,
    page_sockets: new Set(shown.sockets.filter((path) => !path.includes('/f/'))).size,
    export_bytes: exported.bytes,
    export_open_ms: Math.round(percentile(exported.openMs, 50)),
    export_open_max_ms: Math.round(Math.max(...exported.openMs)),
    load: Number(loadavg()[0]?.toFixed(2)),
    seed: SEED,
  };
  console.log(
    `Session page, ${PRODUCTIONS} productions of ~${TEXT_BYTES} bytes (seed ${SEED}), loopback relay`,
  );
  console.log(`  facilitator's page shows every production: ${pageOpenMs} ms`);
  console.log(
    `  sockets opened by the page's device (facilitator screen then page): ${shown.sockets.join(', ')}`,
  );
  console.log(`  HTML export: ${(exported.bytes / 1024).toFixed(0)} KB, opens from file:// in`);
  console.log(
    `    p50 ${summary.export_open_ms} ms, max ${summary.export_open_max_ms} ms over ${RUNS} runs (load ${summary.load})`,
  );
  console.log(JSON.stringify(summary));
} finally {
  await browser.close();
  await relay.dispose();
  await rm(folder, { recursive: true, force: true });
}
