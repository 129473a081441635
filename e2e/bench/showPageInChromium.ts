import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CreatedSession } from '../fixtures/startRelayProcess.ts';

export interface ShownPage {
  context: BrowserContext;
  page: Page;
  /** From navigating to `/g/:id` until every production and the last paragraph written are on screen. */
  openMs: number;
  /** Path of every WebSocket the device opened, the facilitator screen's (opened first to keep the key) included. */
  sockets: string[];
}

/**
 * Opens the session page in Chromium on the facilitator's device: the facilitator screen first (it keeps the
 * key on the device, as a real facilitator's tablet would), then `/g/:id`, timed until it shows everything.
 */
export async function showPageInChromium(
  browser: Browser,
  relayUrl: string,
  session: CreatedSession,
  expected: { productions: number; lastWords: string },
): Promise<ShownPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(new URL(socket.url()).pathname));
  await page.goto(`${relayUrl}/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await page.getByRole('navigation', { name: 'Session steps' }).waitFor();
  const openedAt = Date.now();
  await page.goto(`${relayUrl}/g/${session.sessionId}`);
  await page.getByText(expected.lastWords, { exact: true }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="page-production"]').length === count,
    expected.productions,
  );
  return { context, page, openMs: Date.now() - openedAt, sockets };
}
