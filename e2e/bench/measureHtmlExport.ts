import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export interface HtmlExportTimes {
  bytes: number;
  /** Load event of the exported file opened from file://, in ms, one per run. */
  openMs: number[];
}

/**
 * Downloads the HTML export from a session page on screen, then opens the file from a file:// URL in a fresh
 * context `runs` times: each must show every production and request nothing but the file itself.
 */
export async function measureHtmlExport(
  browser: Browser,
  page: Page,
  options: { folder: string; productions: number; runs: number },
): Promise<HtmlExportTimes> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a web page (HTML)' }).click(),
  ]);
  const file = join(options.folder, 'page.html');
  await writeFile(file, await readFile((await download.path()) ?? ''));
  const bytes = (await readFile(file)).length;

  const openMs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
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
    if (shown !== options.productions) {
      throw new Error(`the export shows ${shown} productions, not ${options.productions}`);
    }
    if (requests.length !== 1) throw new Error(`the export made requests: ${requests.join(', ')}`);
    openMs.push(loadMs);
    await reader.close();
  }
  return { bytes, openMs };
}
