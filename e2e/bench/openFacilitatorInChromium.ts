import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CreatedSession } from '../fixtures/startRelayProcess.ts';

export interface FacilitatorDevice {
  context: BrowserContext;
  page: Page;
  /** Path of every WebSocket the device opened, the facilitator screen's included. */
  sockets: string[];
  /**
   * Opens `/g/:id` and resolves with the time from the navigation until every production and the last paragraph
   * written are on screen.
   */
  showPage(expected: { productions: number; lastWords: string }): Promise<number>;
}

/**
 * The facilitator's device in Chromium, ready to open the session page: the facilitator screen opened first
 * (it keeps the key on the device, as a real facilitator's tablet would).
 */
export async function openFacilitatorInChromium(
  browser: Browser,
  relayUrl: string,
  session: CreatedSession,
): Promise<FacilitatorDevice> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(new URL(socket.url()).pathname));
  await page.goto(`${relayUrl}/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await page.getByRole('navigation', { name: 'Session steps' }).waitFor();
  return {
    context,
    page,
    sockets,
    async showPage(expected) {
      const openedAt = Date.now();
      await page.goto(`${relayUrl}/g/${session.sessionId}`);
      await page.getByText(expected.lastWords, { exact: true }).waitFor({ timeout: 180_000 });
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid="page-production"]').length === count,
        expected.productions,
      );
      return Date.now() - openedAt;
    },
  };
}
