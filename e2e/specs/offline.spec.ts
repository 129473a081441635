import type { Page } from '@playwright/test';
import { cutSyncSockets } from '../fixtures/cutSyncSockets.ts';
import { goOffline } from '../fixtures/goOffline.ts';
import { startRelayProcess } from '../fixtures/startRelayProcess.ts';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

async function openFacilitatorWithQuestion(
  page: Page,
  session: { sessionId: string; facilitatorKey: string },
) {
  await page.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await startStep(page, 'Share');
  await page.getByLabel('Question for participants').fill('What do you need to learn?');
  await page.getByRole('button', { name: 'Ask this question' }).click();
  await expect(page.getByTestId('question-item')).toContainText('What do you need to learn?');
}

async function join(page: Page, code: string, name: string) {
  await page.goto(`/j/${code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`Welcome, ${name}`)).toBeVisible();
}

const badge = (page: Page) => page.locator('output[data-connection]');
const answerList = (page: Page) => page.getByTestId('answer-list');

test('a participant answers while cut off, reloads with no network, and the facilitator gets the answer on reconnect', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Offline');
  const facilitator = await newDevice({ baseURL: relay.url });
  await openFacilitatorWithQuestion(facilitator, session);

  const phone = await newDevice({ phone: true, baseURL: relay.url });
  const sockets = await cutSyncSockets(phone);
  await join(phone, session.code, 'Ada');
  await expect(phone.getByRole('heading', { name: 'What do you need to learn?' })).toBeVisible();
  await phone.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect(badge(phone)).toHaveText(/Saved on the server/);

  sockets.cut();
  await expect(badge(phone)).toHaveText(/Offline/);
  await phone.getByLabel('Your answer').fill('How to run a meeting');
  await phone.getByRole('button', { name: 'Publish answer' }).click();
  await expect(answerList(phone).getByText('How to run a meeting')).toBeVisible();
  await expect(badge(phone)).toHaveText('Connection: Offline — 1 change saved on this device only');

  await goOffline(phone);
  await phone.reload();
  await expect(phone.getByText('Welcome, Ada')).toBeVisible();
  await expect(answerList(phone).getByText('How to run a meeting')).toBeVisible();
  await expect(badge(phone)).toHaveText(/Offline — 1 change/);
  await expect(answerList(facilitator).getByText('How to run a meeting')).toHaveCount(0);

  await phone.context().setOffline(false);
  sockets.restore();
  await expect(answerList(facilitator).getByText('How to run a meeting')).toBeVisible({ timeout: 20_000 });
  await expect(badge(phone)).toHaveText(/Saved on the server/, { timeout: 20_000 });
});

test('the room goes on while the facilitator is cut off for a minute; the tablet catches up', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Tablet drop');
  const facilitator = await newDevice({ viewport: { width: 1024, height: 1366 }, baseURL: relay.url });
  // The tablet's clock is Playwright's: it runs in real time, then jumps to a full minute after the cut, so every
  // timer of the tablet's (reconnect back-off, liveness, 30 s presence expiry) sees the minute pass. The relay has
  // no timer such a cut starts: phones and projector keep every document loaded.
  await facilitator.clock.install();
  const tabletNow = () => facilitator.evaluate(() => Date.now());
  const tablet = await cutSyncSockets(facilitator);
  await openFacilitatorWithQuestion(facilitator, session);
  const projector = await newDevice({ baseURL: relay.url });
  await projector.goto(
    (await facilitator.getByRole('link', { name: 'Open projector view' }).getAttribute('href')) ?? '',
  );

  tablet.cut();
  await expect(badge(facilitator)).toHaveText(/Offline/);
  const cutAt = await tabletNow();
  const names = ['Bao', 'Chloé', 'Dev'];
  for (const name of names) {
    const phone = await newDevice({ phone: true, baseURL: relay.url });
    await join(phone, session.code, name);
    await phone.getByLabel('Your answer').fill(`${name} wants to learn negotiation`);
    await phone.getByRole('button', { name: 'Publish answer' }).click();
    await expect(answerList(phone).getByText(`${name} wants to learn negotiation`)).toBeVisible();
  }
  for (const name of names)
    await expect(answerList(projector).getByText(`${name} wants to learn negotiation`)).toBeVisible();
  await expect(answerList(facilitator)).not.toContainText('negotiation');

  await facilitator.clock.fastForward(Math.max(0, 60_000 - ((await tabletNow()) - cutAt)));
  expect((await tabletNow()) - cutAt).toBeGreaterThanOrEqual(60_000);
  // The tablet kept trying through the minute, and each try was refused.
  await tablet.refusedAttempts(3);
  await expect(badge(facilitator)).toHaveText(/Offline/);
  tablet.restore();
  await expect(facilitator.getByTestId('answer-count')).toHaveText('3 answers', { timeout: 20_000 });
  await expect(facilitator.getByTestId('participant-count')).toHaveText('3 participants');
});

test('a participant whose token expires while offline rejoins silently as the same person', async ({
  newDevice,
}) => {
  const relay = await startRelayProcess({ env: { TOKEN_TTL_SECONDS: '3' } });
  try {
    const session = await relay.createSession('Short tokens');
    const facilitator = await newDevice({ baseURL: relay.url });
    await openFacilitatorWithQuestion(facilitator, session);
    const phone = await newDevice({ phone: true, baseURL: relay.url });
    const sockets = await cutSyncSockets(phone);
    await join(phone, session.code, 'Eve');
    await phone.getByLabel('Your answer').fill('First thoughts');
    await phone.getByRole('button', { name: 'Publish answer' }).click();
    await expect(answerList(facilitator).getByText('First thoughts')).toBeVisible();

    sockets.cut();
    await phone.getByRole('button', { name: 'Edit my answer' }).click();
    await phone.getByLabel('Your answer').fill('Second thoughts, written offline');
    await phone.getByRole('button', { name: 'Save changes' }).click();
    const token = new URL(sockets.lastUrl()).searchParams.get('token') ?? '';
    const { expiresAt } = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as {
      expiresAt: number;
    };
    await expect
      .poll(async () => ((await (await fetch(`${relay.url}/api/time`)).json()) as { now: number }).now, {
        timeout: 10_000,
      })
      .toBeGreaterThan(expiresAt);
    sockets.restore();

    await expect(answerList(facilitator).getByText('Second thoughts, written offline')).toBeVisible({
      timeout: 20_000,
    });
    await expect(facilitator.getByTestId('participant-count')).toHaveText('1 participant');
    await expect(phone.getByText('Welcome, Eve')).toBeVisible();
    await expect(badge(phone)).toHaveText(/Saved on the server/);
  } finally {
    await relay.dispose();
  }
});
