import { type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../fixtures/chromiumLaunch.ts';
import { startRelayProcess } from '../fixtures/startRelayProcess.ts';
import { seedSession } from './seedSession.ts';

/** DevTools' "Slow 4G" preset. */
const SLOW_4G = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const ANSWERS = 20;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

const firstContentfulPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const found = performance.getEntriesByName('first-contentful-paint')[0];
        if (found) return resolve(found.startTime);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );

const scriptKilobytes = (page: Page) =>
  page.evaluate(
    () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith('.js'))
        .reduce((sum, entry) => sum + entry.transferSize, 0) / 1024,
  );

interface NameFormClock {
  nameFormAt?: number;
}

/** Notes, in the page, when the name field appears: the code is checked first, then the phone can type. */
const recordNameForm = () => {
  if (!location.pathname.startsWith('/j/')) return;
  new MutationObserver((_, observer) => {
    if (!document.querySelector('input[autocomplete="given-name"]')) return;
    (window as unknown as NameFormClock).nameFormAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

const relay = await startRelayProcess();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const session = await relay.createSession('Join benchmark');
  await seedSession(
    relay.url,
    session,
    Array.from({ length: ANSWERS }, (_, index) => `Answer number ${index + 1}`),
  );
  const results: { fcp: number; joinFcp: number; joinForm: number; firstSync: number; scripts: number }[] =
    [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    await context.addInitScript(recordNameForm);
    const page = await context.newPage();

    await throttle(page);
    await page.goto(`${relay.url}/j/${session.code}`);
    const joinFcp = await firstContentfulPaint(page);
    await page.getByLabel('Your name').waitFor();
    const joinForm = await page.evaluate(() => (window as unknown as NameFormClock).nameFormAt ?? Number.NaN);
    await page.getByLabel('Your name').fill(`Phone ${run}`);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByLabel('Your answer').fill(`Something to learn ${run}`);
    await page.getByRole('button', { name: 'Publish answer' }).click();
    await page.getByTestId('answer-list').getByText(`Something to learn ${run}`).waitFor();
    const sessionPath = new URL(page.url()).pathname;

    // A returning phone with an empty cache and no local copy: everything comes over Slow 4G.
    await page.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations())
        await registration.unregister();
      for (const database of await indexedDB.databases()) {
        if (database.name?.startsWith('peerloom:')) indexedDB.deleteDatabase(database.name);
      }
    });
    await page.goto('about:blank');
    const cdp = await throttle(page);
    await page.goto(`${relay.url}${sessionPath}`);
    const fcp = await firstContentfulPaint(page);
    await page
      .getByTestId('answer-list')
      .locator('li.answer')
      .nth(ANSWERS + run)
      .waitFor({ timeout: 60_000 });
    const firstSync = await page.evaluate(() => performance.now());
    const scripts = await scriptKilobytes(page);
    await cdp.detach();
    await context.close();
    results.push({ fcp, joinFcp, joinForm, firstSync, scripts });
    process.stdout.write(
      `run ${run + 1}: join link first paint ${joinFcp.toFixed(0)} ms, name form ${joinForm.toFixed(0)} ms; returning phone first paint ${fcp.toFixed(0)} ms, ` +
        `answers after first sync ${firstSync.toFixed(0)} ms, JS transferred ${scripts.toFixed(1)} KB\n`,
    );
  }
  const summary = {
    fcp_ms: Math.round(median(results.map((result) => Math.max(result.fcp, result.joinFcp)))),
    join_link_fcp_ms: Math.round(median(results.map((result) => result.joinFcp))),
    join_name_form_ms: Math.round(median(results.map((result) => result.joinForm))),
    first_sync_ms: Math.round(median(results.map((result) => result.firstSync))),
    initial_js_gz_kb: Math.round(median(results.map((result) => result.scripts)) * 10) / 10,
    network: 'Slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up)',
    cpu_slowdown: CPU_SLOWDOWN,
    answers: ANSWERS,
    runs,
  };
  process.stdout.write(
    `median of ${runs}: join link first paint ${summary.join_link_fcp_ms} ms (goal 1000), name form ` +
      `${summary.join_name_form_ms} ms; first paint ${summary.fcp_ms} ms (budget 2500), first sync ${summary.first_sync_ms} ms ` +
      `(budget 3500), participant route JS ${summary.initial_js_gz_kb} KB gzipped (budget 130)\n`,
  );
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
  await browser.close();
  await relay.dispose();
}
