import type { Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { seedCreationFromNode } from '../fixtures/seedCreationFromNode.ts';
import { expect, test } from '../fixtures/test.ts';

const SHOTS = process.env.SHOTS_DIR ?? '';
const FIELDS = ['Learning goal', 'Hook', 'Key ideas', 'Activity', 'Check for understanding'];

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test.describe.configure({ timeout: 600_000 });

test('sixty productions: the projector shows every group on one 1920x1080 screen and the facilitator reads them over one hub socket', async ({
  relay,
  newDevice,
}) => {
  const seed = Number(process.env.SEED ?? Date.now() % 100_000);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  console.log(`createWall seed: ${seed} (replay with SEED=${seed})`);
  const session = await relay.createSession('Sixty groups');
  await seedCreationFromNode(relay.url, session, { groups: 60, size: 5, fields: FIELDS, seed });

  const projector = await newDevice({ viewport: { width: 1920, height: 1080 }, baseURL: relay.url });
  const sockets: string[] = [];
  projector.on('websocket', (socket) => sockets.push(socket.url()));
  await projector.goto(`/p/${session.sessionId}#v=${session.viewerToken}`);
  const cards = projector.getByTestId('projector-production');
  await expect(cards).toHaveCount(60);
  await expect(projector.getByText(/^60 groups · \d+ of 300 fields filled · [1-9]\d* words$/)).toBeVisible();
  const lastCard = await cards.last().boundingBox();
  expect(lastCard, 'the last group card is laid out').not.toBeNull();
  expect(
    (lastCard?.y ?? 0) + (lastCard?.height ?? 0),
    'every group fits without scrolling',
  ).toBeLessThanOrEqual(1080);
  const fontPx = await cards.first().evaluate((card) => Number.parseFloat(getComputedStyle(card).fontSize));
  expect(fontPx, 'text on a 60-group wall stays readable').toBeGreaterThanOrEqual(14);
  expect(
    sockets.filter((url) => url.includes('/group/')),
    'no socket per production',
  ).toEqual([]);
  expect(sockets.filter((url) => url.includes('/hub'))).toHaveLength(1);
  await shoot(projector, 'projector-60-1920');
  await checkAccessibility(projector, 'projector create, 60 groups');

  const french = await newDevice({
    viewport: { width: 1920, height: 1080 },
    locale: 'fr-FR',
    baseURL: relay.url,
  });
  await french.goto(`/p/${session.sessionId}#v=${session.viewerToken}`);
  await expect(french.getByText(/^60 groupes · \d+ champs remplis sur 300 · [1-9]\d* mots$/)).toBeVisible();
  await expect(french.getByTestId('projector-production').first()).toContainText(/remplis · \d+ mots/);
  await shoot(french, 'projector-60-1920-fr');

  const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  const facilitatorSockets: string[] = [];
  facilitator.on('websocket', (socket) => facilitatorSockets.push(socket.url()));
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  // A cold start: the session, step 4's chunk and messages, then sixty documents over the hub.
  await expect(facilitator.getByTestId('production-card')).toHaveCount(60, { timeout: 30_000 });
  await expect(facilitator.getByTestId('wall-totals')).toContainText(
    /^60 groups · 0 of 300 members .* [1-9]\d* words$/,
  );
  expect(facilitatorSockets.filter((url) => url.includes('/group/'))).toEqual([]);
  expect(facilitatorSockets.filter((url) => url.includes('/hub'))).toHaveLength(1);
  await facilitator.getByTestId('productions-wall').scrollIntoViewIfNeeded();
  await shoot(facilitator, 'facilitator-60-1024');
});
