import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProductionStore } from '@peerloom/session-model';
import { openSyncedDocument } from '@peerloom/sync-client';
import { createRandom } from '@peerloom/test-kit';
import { chromium } from 'playwright-core';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { chromiumLaunchOptions } from '../fixtures/chromiumLaunch.ts';
import { openFacilitatorFromNode, until } from '../fixtures/facilitatorFromNode.ts';
import { startRelayProcess } from '../fixtures/startRelayProcess.ts';

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
const FIELDS = ['Problem', 'Idea', 'Plan'];
const TEXT_BYTES = 2_000;
const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;
const VOCABULARY =
  'meeting agenda goal notes timer owner decision action review people team question answer learn share idea plan step'.split(
    ' ',
  );

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** About `bytes` of seeded words, as paragraphs of one field. */
function paragraphs(random: ReturnType<typeof createRandom>, bytes: number): string[] {
  const result: string[] = [];
  let size = 0;
  while (size < bytes) {
    const words = Array.from({ length: 20 + random.integer(30) }, () => random.pick(VOCABULARY));
    const text = `${words.join(' ')}.`;
    result.push(text);
    size += text.length;
  }
  return result;
}

const relay = await startRelayProcess();
const browser = await chromium.launch(chromiumLaunchOptions);
const folder = await mkdtemp(join(tmpdir(), 'peerloom-page-bench-'));
const random = createRandom(SEED);
try {
  const session = await relay.createSession('Page benchmark');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  const { store } = facilitator;
  store.commands.addQuestion('What would make our meetings better?');
  store.commands.saveGrouping(
    'diverse',
    null,
    Array.from({ length: PRODUCTIONS }, (_, group) => ({
      label: [],
      members: Array.from({ length: 5 }, (_, member) => `member-${group}-${member}`),
    })),
  );
  store.commands.publishGrouping('diverse');
  store.commands.applyTemplate(FIELDS.map((title) => ({ title, hint: '', example: '' })));
  store.commands.setPhase('create');
  await facilitator.saved();
  const { productions, template } = store.getSnapshot();
  let lastWords = '';
  for (const production of productions) {
    const document = openSyncedDocument({
      serverUrl: `${relay.url.replace(/^http/, 'ws')}/sync`,
      path: `${session.sessionId}/group/${production.id}`,
      params: { key: session.facilitatorKey },
      persistenceName: null,
      WebSocketImpl,
    });
    await until(() => document.getStatus().synced, 'a production', 30_000);
    const model = createProductionStore({ doc: document.doc, production, actor: { role: 'facilitator' } });
    document.doc.transact(() => {
      for (const field of template) {
        for (const text of paragraphs(random, TEXT_BYTES / template.length)) {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(text)]);
          const fragment = model.fieldFragment(field.id);
          fragment.insert(fragment.length, [paragraph]);
          lastWords = text;
        }
      }
    });
    await until(() => document.getStatus().pending === 0, 'a production to be saved', 30_000);
    model.destroy();
    await document.destroy();
  }
  await facilitator.close();

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(new URL(socket.url()).pathname));
  await page.goto(`${relay.url}/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await page.getByRole('navigation', { name: 'Session steps' }).waitFor();
  const openedAt = Date.now();
  await page.goto(`${relay.url}/g/${session.sessionId}`);
  await page.getByText(lastWords, { exact: true }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="page-production"]').length === count,
    PRODUCTIONS,
  );
  const pageOpenMs = Date.now() - openedAt;

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a web page (HTML)' }).click(),
  ]);
  const file = join(folder, 'page.html');
  await writeFile(file, await readFile((await download.path()) ?? ''));
  const exportBytes = (await readFile(file)).length;

  const openTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const reader = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const exported = await reader.newPage();
    const requests: string[] = [];
    exported.on('request', (request) => requests.push(request.url()));
    await exported.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const loadMs = await exported.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return navigation ? navigation.loadEventEnd - navigation.startTime : Number.NaN;
    });
    const shown = await exported.locator('[data-testid="page-production"]').count();
    if (shown !== PRODUCTIONS) throw new Error(`the export shows ${shown} productions, not ${PRODUCTIONS}`);
    if (requests.length !== 1) throw new Error(`the export made requests: ${requests.join(', ')}`);
    openTimes.push(loadMs);
    await reader.close();
  }

  const summary = {
    productions: PRODUCTIONS,
    page_open_ms: pageOpenMs,
    page_sockets: new Set(sockets.filter((path) => !path.includes('/f/'))).size,
    export_bytes: exportBytes,
    export_open_ms: Math.round(percentile(openTimes, 50)),
    export_open_max_ms: Math.round(Math.max(...openTimes)),
    load: Number(loadavg()[0]?.toFixed(2)),
    seed: SEED,
  };
  console.log(
    `Session page, ${PRODUCTIONS} productions of ~${TEXT_BYTES} bytes (seed ${SEED}), loopback relay`,
  );
  console.log(`  facilitator's page shows every production: ${pageOpenMs} ms`);
  console.log(`  sockets opened by the page's device (facilitator screen then page): ${sockets.join(', ')}`);
  console.log(`  HTML export: ${(exportBytes / 1024).toFixed(0)} KB, opens from file:// in`);
  console.log(
    `    p50 ${summary.export_open_ms} ms, max ${summary.export_open_max_ms} ms over ${RUNS} runs (load ${summary.load})`,
  );
  console.log(JSON.stringify(summary));
} finally {
  await browser.close();
  await relay.dispose();
  await rm(folder, { recursive: true, force: true });
}
