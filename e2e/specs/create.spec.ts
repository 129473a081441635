import type { Page } from '@playwright/test';
import { answerFromNode } from '../fixtures/answerFromNode.ts';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { cutSyncSockets } from '../fixtures/cutSyncSockets.ts';
import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import { joinSession } from '../fixtures/joinPhone.ts';
import { startCreation } from '../fixtures/startCreation.ts';
import { expect as baseExpect, test } from '../fixtures/test.ts';

// Each journey runs several browsers, a relay and a Node facilitator; on a loaded 2-core machine that takes time.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const LAPTOP = { width: 1280, height: 800 };
const SHOTS = process.env.SHOTS_DIR;

const field = (page: Page, title: string) => page.getByRole('textbox', { name: title, exact: true });
const productionStatus = (page: Page) => page.getByTestId('production-status');

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test('two members write in the same field at the same moment: both texts stay, each sees the other’s caret', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Better meetings');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  try {
    facilitator.store.commands.addQuestion('What would make our meetings better?');
    facilitator.store.commands.setPhase('share');
    await facilitator.saved();

    const ada = await newDevice({ phone: true, baseURL: relay.url });
    const bao = await newDevice({ viewport: LAPTOP, baseURL: relay.url });
    const scripts: string[] = [];
    ada.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    for (const [page, name, answer] of [
      [ada, 'Ada', 'Shorter meetings with a clear goal'],
      [bao, 'Bao', 'Notes everyone can read afterwards'],
    ] as const) {
      await joinSession(page, session.code, name);
      await page.getByLabel('Your answer').fill(answer);
      await page.getByRole('button', { name: 'Publish answer' }).click();
      await expect(page.getByRole('heading', { name: 'Your answer' })).toBeVisible();
    }
    // The phone preloaded every step's screen while in Share, but not step 4's screen nor the editor behind it.
    await expect(ada.getByTestId('answer-list')).toBeVisible();
    expect(scripts.filter((path) => /\/CreateScreen-/.test(path))).toEqual([]);
    const cached = await ada.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cached.some((url) => url.includes('/assets/participant-'))).toBe(true);
    expect(cached.filter((url) => url.includes('/assets/editor-'))).toEqual([]);
    await startCreation(facilitator, [['Ada', 'Bao']], { label: ['meetings'] });

    for (const page of [ada, bao]) {
      await expect(page.getByRole('heading', { name: 'Group 1 · our production', level: 1 })).toBeVisible();
      await expect(field(page, 'From our answers')).toContainText(
        '“Shorter meetings with a clear goal” — Ada',
      );
      await expect(field(page, 'From our answers')).toContainText('#meetings');
      await expect(page.getByTestId('own-role')).toContainText(
        /You are the (leader|app master|time master)\./,
      );
      await expect(productionStatus(page)).toHaveText(/Saved on the server/);
    }
    expect(scripts.filter((path) => /\/CreateScreen-/.test(path))).toHaveLength(1);
    await expect(ada.getByTestId('here-now')).toHaveText('Writing with you now: Bao');
    await expect(bao.getByTestId('here-now')).toHaveText('Writing with you now: Ada');

    await field(ada, 'Problem').click();
    await field(bao, 'Problem').click();
    await Promise.all([
      ada.keyboard.type('Ada says meetings start late', { delay: 25 }),
      bao.keyboard.type('Bao says nobody takes notes', { delay: 25 }),
    ]);
    for (const page of [ada, bao]) {
      await expect(field(page, 'Problem')).toContainText('Ada says meetings start late');
      await expect(field(page, 'Problem')).toContainText('Bao says nobody takes notes');
    }
    await expect(ada.locator('.collaboration-carets__caret').filter({ hasText: 'Bao' })).toBeVisible();
    await expect(bao.locator('.collaboration-carets__caret').filter({ hasText: 'Ada' })).toBeVisible();
    await shot(ada, 'phone-writing');
    await shot(bao, 'laptop-writing');
    await ada.evaluate(() => window.scrollTo(0, 0));
    await shot(ada, 'phone-top');
    await checkAccessibility(ada, 'participant create (phone)');
    await checkAccessibility(bao, 'participant create (laptop)');

    await test.step('the group deletes the "from our answers" field, after a confirmation', async () => {
      await bao.getByRole('button', { name: 'Delete this field' }).click();
      await bao.getByRole('button', { name: 'Yes, delete it' }).click();
      for (const page of [ada, bao]) await expect(field(page, 'From our answers')).toHaveCount(0);
      await expect(field(ada, 'Problem')).toContainText('Bao says nobody takes notes');
    });

    await test.step('typing line after line on the phone keeps the caret in view', async () => {
      const caretBox = () =>
        ada.evaluate(() => {
          const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
          return { top: rect?.top ?? -1, bottom: rect?.bottom ?? -1, height: window.innerHeight };
        });
      await field(ada, 'Problem').click();
      await ada.keyboard.press('ControlOrMeta+End');
      // The caret starts just above the bottom edge: a few more lines would take it off the screen.
      const start = await caretBox();
      await ada.evaluate((by) => window.scrollBy(0, by), start.bottom - start.height + 40);
      for (let line = 1; line <= 8; line++) {
        await ada.keyboard.press('Enter');
        await ada.keyboard.type(`line ${line}`);
      }
      await expect(field(ada, 'Problem')).toContainText('line 8');
      const caret = await caretBox();
      expect(caret.top).toBeGreaterThanOrEqual(0);
      expect(caret.bottom).toBeLessThanOrEqual(caret.height);
    });
  } finally {
    await facilitator.close();
  }
});

test('a member cut off while typing keeps writing; the words merge on reconnect', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Offline writing');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  try {
    const ada = await newDevice({ phone: true, baseURL: relay.url });
    const sockets = await cutSyncSockets(ada);
    const bao = await newDevice({ phone: true, baseURL: relay.url });
    await joinSession(ada, session.code, 'Ada');
    await joinSession(bao, session.code, 'Bao');
    await startCreation(facilitator, [['Ada', 'Bao']]);
    await expect(productionStatus(ada)).toHaveText(/Saved on the server/);

    await field(ada, 'Problem').click();
    await ada.keyboard.type('Written online.', { delay: 20 });
    await expect(field(bao, 'Problem')).toContainText('Written online.');

    sockets.cut();
    await expect(productionStatus(ada)).toHaveText(/Offline/);
    await ada.keyboard.type(' Written while cut off.', { delay: 20 });
    await field(bao, 'Idea').click();
    await bao.keyboard.type('Bao kept writing meanwhile.', { delay: 20 });
    await expect(productionStatus(ada)).toHaveText(/Offline — \d+ changes? saved on this device only/);
    await expect(field(bao, 'Problem')).not.toContainText('cut off');
    await shot(ada, 'phone-offline');

    sockets.restore();
    // y-websocket retries with a backoff of up to 5 s.
    await expect(field(bao, 'Problem')).toContainText('Written online. Written while cut off.', {
      timeout: 30_000,
    });
    await expect(field(ada, 'Idea')).toContainText('Bao kept writing meanwhile.');
    await expect(productionStatus(ada)).toHaveText(/Saved on the server/);
    const [production] = facilitator.store.getSnapshot().productions;
    if (!production) throw new Error('no production');
    expect(
      await facilitator.readField(production.id, facilitator.store.getSnapshot().template[0]?.id ?? ''),
    ).toBe('Written online. Written while cut off.');
  } finally {
    await facilitator.close();
  }
});

test('the facilitator regroups after writing started, then removes a field: every production keeps every word', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Regroup');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  try {
    const ada = await newDevice({ phone: true, baseURL: relay.url });
    const bao = await newDevice({ phone: true, baseURL: relay.url });
    await joinSession(ada, session.code, 'Ada');
    await joinSession(bao, session.code, 'Bao');
    await answerFromNode(relay.url, session.code, [{ name: 'Xia' }, { name: 'Yan' }]);
    await startCreation(facilitator, [
      ['Ada', 'Xia'],
      ['Bao', 'Yan'],
    ]);
    const problem = facilitator.store.getSnapshot().template[0]?.id ?? '';
    const before = facilitator.store.getSnapshot().productions;
    const first = before.find((entry) => entry.members.includes(facilitator.participantId('Ada')));
    const second = before.find((entry) => entry.members.includes(facilitator.participantId('Bao')));
    if (!first || !second) throw new Error('no productions');

    await field(ada, 'Problem').click();
    await ada.keyboard.type('Ada wrote this in the first production.', { delay: 15 });
    await field(bao, 'Problem').click();
    await bao.keyboard.type('Bao wrote this in the second production.', { delay: 15 });
    await expect(productionStatus(ada)).toHaveText(/Saved on the server/);
    await expect(productionStatus(bao)).toHaveText(/Saved on the server/);

    const id = (name: string) => facilitator.participantId(name);
    facilitator.store.commands.saveGrouping('thematic', null, [
      { label: [], members: [id('Ada'), id('Bao'), id('Xia')] },
      { label: [], members: [id('Yan')] },
    ]);
    facilitator.store.commands.publishGrouping('thematic', 'keep');
    await facilitator.saved();

    await expect(bao.getByText(/You moved from Group \d to Group \d\. What you wrote stays/)).toBeVisible();
    await expect(field(bao, 'Problem')).toContainText('Ada wrote this in the first production.');
    await field(bao, 'Problem').click();
    await bao.keyboard.press('End');
    await bao.keyboard.type(' Bao adds a line here.', { delay: 15 });
    await expect(field(ada, 'Problem')).toContainText('Bao adds a line here.');
    await expect(productionStatus(bao)).toHaveText(/Saved on the server/);
    await shot(bao, 'phone-moved');

    const after = facilitator.store.getSnapshot().productions;
    expect(after.find((entry) => entry.id === first.id)?.members).toContain(id('Bao'));
    expect(await facilitator.readField(first.id, problem)).toContain(
      'Ada wrote this in the first production.',
    );
    expect(await facilitator.readField(first.id, problem)).toContain('Bao adds a line here.');
    expect(await facilitator.readField(second.id, problem)).toBe('Bao wrote this in the second production.');

    // The facilitator takes out the field Ada's group is writing in: it stays on her screen, read-only, with why.
    facilitator.store.commands.removeTemplateField(problem);
    await facilitator.saved();
    await expect(ada.getByText(/took this field out of the template/)).toBeVisible();
    await expect(field(ada, 'Problem')).toContainText('Bao adds a line here.');
    await expect(field(ada, 'Problem')).toHaveAttribute('aria-readonly', 'true');
    expect(await facilitator.readField(first.id, problem)).toContain(
      'Ada wrote this in the first production.',
    );
  } finally {
    await facilitator.close();
  }
});

test('a countdown shows the same time on two devices whose clocks differ by an hour; the facilitator’s message and focus reach both', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Timers');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  try {
    const ada = await newDevice({ phone: true, baseURL: relay.url });
    const bao = await newDevice({ viewport: LAPTOP, baseURL: relay.url });
    await bao.context().addInitScript(() => {
      const deviceNow = Date.now.bind(Date);
      Date.now = () => deviceNow() + 60 * 60_000;
    });
    await joinSession(ada, session.code, 'Ada');
    await joinSession(bao, session.code, 'Bao');
    await startCreation(facilitator, [['Ada', 'Bao']]);
    const [production] = facilitator.store.getSnapshot().productions;
    if (!production) throw new Error('no production');
    facilitator.store.commands.startTimer('room', 10 * 60_000);
    facilitator.store.commands.startTimer(production.id, 5 * 60_000);
    await facilitator.saved();

    const drift = await bao.evaluate(() => Date.now() - (performance.timeOrigin + performance.now()));
    expect(drift).toBeGreaterThan(59 * 60_000);
    for (const page of [ada, bao]) {
      await expect(page.getByTestId('room-timer').getByRole('timer')).toHaveText(/^(10:00|9:\d\d)$/);
      await expect(page.getByTestId('group-timer').getByRole('timer')).toHaveText(/^(5:00|4:\d\d)$/);
    }
    const remaining = (page: Page) =>
      page
        .getByTestId('room-timer')
        .evaluate((element) => Number((element as HTMLElement).dataset.remainingMs));
    const [onAda, onBao] = await Promise.all([remaining(ada), remaining(bao)]);
    expect(Math.abs(onAda - onBao)).toBeLessThan(2_000);
    await shot(bao, 'laptop-timers');

    await test.step('the facilitator’s message and "bring every group to the next field" reach every screen', async () => {
      facilitator.store.commands.sendCreationMessage('Five minutes, then we share');
      facilitator.store.commands.focusField(facilitator.store.getSnapshot().template[1]?.id ?? null);
      await facilitator.saved();
      for (const page of [ada, bao]) {
        await expect(page.getByTestId('creation-message')).toContainText('Five minutes, then we share');
        const idea = page.getByTestId('create-field').filter({ has: field(page, 'Idea') });
        await expect(idea.getByText('The facilitator brought everyone here')).toBeVisible();
        await expect(idea).toBeInViewport();
      }
      await shot(ada, 'phone-focus');
    });

    facilitator.store.commands.pauseTimer('room');
    await facilitator.saved();
    for (const page of [ada, bao]) await expect(page.getByTestId('room-timer')).toContainText('paused');
  } finally {
    await facilitator.close();
  }
});
