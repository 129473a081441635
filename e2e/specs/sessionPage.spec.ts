import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import { goOffline } from '../fixtures/goOffline.ts';
import { joinSession } from '../fixtures/joinPhone.ts';
import { joinMemberFromNode } from '../fixtures/memberFromNode.ts';
import { startCreation } from '../fixtures/startCreation.ts';
import { expect as baseExpect, test } from '../fixtures/test.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 240_000 });

const SHOTS = process.env.SHOTS_DIR;
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1024, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

/** A long production (about 330 words in five paragraphs): present mode must let it scroll, not cut it off. */
const LONG_PROBLEM = [
  'Our weekly meeting was meant to last thirty minutes and now routinely takes an hour and a quarter. Nobody owns the agenda, so the first items are whatever the loudest person remembers, and the decisions we actually needed get pushed to the last five minutes when half the room has already left for the next call.',
  'People who work remotely hear half of the conversation, cannot see the whiteboard and give up asking to repeat. They stop speaking, and the meeting loses exactly the people closest to our users. We counted: in six meetings the remote colleagues spoke for less than four minutes in total.',
  'Notes are taken by whoever feels guilty that week. They are long, nobody reads them, and the actions in them have no owner and no date, so the same topics come back three weeks in a row as if they were new.',
];
const LONG_IDEA = [
  'Publish the agenda the day before, with an owner and a time box for each item, and end the meeting when the agenda is done even if it is early. Decisions go first; updates go in writing.',
  'Rotate two roles every week: a timekeeper who may interrupt anyone, and a note taker who writes only decisions and actions, each with a name and a date, in a shared page everyone can find.',
];

const production = (page: Page, title: string) =>
  page.getByTestId('page-production').filter({ has: page.getByRole('heading', { name: title, level: 2 }) });

test('two groups write, the page shows both live; exports, present mode, the facilitator’s order and hiding, 320 px, offline', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Better meetings');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  const members = [];
  try {
    facilitator.store.commands.addQuestion('What would make our meetings better?');
    facilitator.store.commands.setPhase('share');
    await facilitator.saved();

    const ada = await newDevice({ phone: true, baseURL: relay.url });
    await joinSession(ada, session.code, 'Ada');
    for (const name of ['Bao', 'Cleo', 'Dan'])
      members.push(await joinMemberFromNode(relay.url, session.code, name));
    const [bao, cleo] = members;
    if (!bao || !cleo) throw new Error('members did not join');
    await startCreation(facilitator, [
      ['Ada', 'Bao'],
      ['Cleo', 'Dan'],
    ]);

    // A read link (a viewer token in the fragment) on a laptop: every production, nothing to edit.
    const reader = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
    const sockets: string[] = [];
    reader.on('websocket', (socket) => sockets.push(new URL(socket.url()).pathname));
    await reader.goto(`/g/${session.sessionId}#read=${session.viewerToken}`);
    await expect(reader.getByRole('heading', { name: 'Better meetings', level: 1 })).toBeVisible();
    await expect(reader.getByText('What would make our meetings better?')).toBeVisible();
    await expect(reader.getByTestId('page-production')).toHaveCount(2);
    await expect(reader.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText([
      'Group 1',
      'Group 2',
    ]);

    // Both groups write: the page follows, and counts who wrote how much.
    await bao.write('Problem', 'Meetings run late because nobody owns the agenda');
    await cleo.write('Idea', 'A fifteen minute stand-up with a timer');
    await expect(production(reader, 'Group 1')).toContainText(
      'Meetings run late because nobody owns the agenda',
    );
    await expect(production(reader, 'Group 2')).toContainText('A fifteen minute stand-up with a timer');
    await expect(production(reader, 'Group 1').getByTestId('contribution')).toContainText([
      'Bao: 8 words',
      'Ada: 0 words',
    ]);
    await expect(production(reader, 'Group 2').getByTestId('contribution').first()).toHaveText(
      'Cleo: 7 words',
    );
    // Dan writes a long production, the kind present mode must show whole.
    const dan = members[2];
    if (!dan) throw new Error('Dan did not join');
    for (const paragraph of LONG_PROBLEM) await dan.write('Problem', paragraph);
    for (const paragraph of LONG_IDEA) await dan.write('Idea', paragraph);
    await expect(production(reader, 'Group 2')).toContainText(LONG_IDEA[1] ?? '');
    await expect(reader.getByRole('button', { name: /Edit/ })).toHaveCount(0);
    // Each production has its reactions and comments under it; a read link reads them and cannot react.
    await expect(production(reader, 'Group 1').getByRole('list', { name: 'Reactions' })).toBeVisible();
    await expect(production(reader, 'Group 1').getByTestId('reaction-learned')).toContainText(
      'Learned something: 0 people',
    );
    await expect(
      production(reader, 'Group 1').getByRole('button', { name: /Learned something/ }),
    ).toHaveCount(0);
    await expect(production(reader, 'Group 1').getByTestId('comment-form-disabled')).toHaveText(
      'You are reading through a shared link: open the session from your own device to comment.',
    );
    await expect(production(reader, 'Group 1').getByRole('textbox')).toHaveCount(0);
    // One hub socket carries every production; with control and room that is 3 sockets for the page.
    expect(sockets.filter((path) => path.endsWith('/hub'))).toHaveLength(1);
    expect(new Set(sockets).size).toBeLessThanOrEqual(3);

    // Ada, a member of group 1, edits her production from the page; her words count as hers.
    await ada.goto(`/g/${session.sessionId}`);
    await expect(ada.getByTestId('page-production')).toHaveCount(2);
    await expect(production(ada, 'Group 2').getByRole('button', { name: 'Edit our production' })).toHaveCount(
      0,
    );
    await production(ada, 'Group 1').getByRole('button', { name: 'Edit our production' }).click();
    const idea = ada.getByRole('textbox', { name: 'Idea', exact: true });
    await idea.click();
    await ada.keyboard.type('Rotate the note taker');
    await production(ada, 'Group 1').getByRole('button', { name: 'Done editing' }).click();
    await expect(production(reader, 'Group 1')).toContainText('Rotate the note taker');
    await expect(production(reader, 'Group 1').getByTestId('contribution')).toContainText([
      'Bao: 8 words',
      'Ada: 4 words',
    ]);

    // Ada would rather not be named: she shows as "another member" everywhere.
    await ada.getByLabel('Don’t show my name beside my words').check();
    await expect(production(reader, 'Group 1').getByTestId('contribution')).toContainText([
      'Bao: 8 words',
      'another member: 4 words',
    ]);

    // Ada reacts to and comments on group 2 from the page, then adds a reply; the read link shows them.
    const adaSees = production(ada, 'Group 2');
    await adaSees.getByTestId('reaction-learned').click();
    await expect(
      adaSees.getByRole('button', { name: 'Learned something: 1 person', pressed: true }),
    ).toBeVisible();
    await adaSees
      .getByLabel('Your comment')
      .fill('The timekeeper who may interrupt anyone: who picks them, and does it rotate too?');
    await adaSees.getByRole('button', { name: 'Post comment' }).click();
    await expect(adaSees.getByLabel('Your comment')).toHaveValue('');
    await adaSees.getByRole('button', { name: 'Reply comment by Ada' }).click();
    await adaSees
      .getByLabel('Your reply to Ada')
      .fill('Answering myself: we tried it, a volunteer each week works.');
    await adaSees.getByRole('button', { name: 'Post reply' }).click();
    await expect(production(reader, 'Group 2').getByRole('list', { name: 'Replies to Ada' })).toContainText(
      'a volunteer each week works',
    );
    await expect(production(reader, 'Group 2').getByTestId('reaction-learned')).toContainText('1');
    if (SHOTS) {
      await ada.screenshot({ path: `${SHOTS}/session-page-comments-390.png`, fullPage: true });
      await adaSees.getByTestId('production-feedback').getByRole('heading').scrollIntoViewIfNeeded();
      await ada.screenshot({ path: `${SHOTS}/session-page-comments-390-view.png` });
    }

    // Readable at 320 px: nothing wider than the screen.
    await ada.setViewportSize({ width: 320, height: 640 });
    await expect(production(ada, 'Group 1')).toBeVisible();
    expect(await ada.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    if (SHOTS) {
      await ada.screenshot({ path: `${SHOTS}/session-page-comments-320.png`, fullPage: true });
      await adaSees.getByTestId('production-feedback').getByRole('heading').scrollIntoViewIfNeeded();
      await ada.screenshot({ path: `${SHOTS}/session-page-comments-320-view.png` });
    }
    await checkAccessibility(ada, 'session page, member, 320 px');
    await checkAccessibility(reader, 'session page, read link');

    if (SHOTS) {
      for (const size of SIZES) {
        await reader.setViewportSize({ width: size.width, height: size.height });
        await reader.screenshot({
          path: `${SHOTS}/session-page-${size.name}.png`,
          fullPage: size.name === 'phone',
        });
      }
      await reader.setViewportSize({ width: 1024, height: 768 });
    }

    // Present mode on a 1920x1080 projector: one production at a time, large, arrow keys move.
    await reader.setViewportSize({ width: 1920, height: 1080 });
    await reader.getByRole('button', { name: 'Present' }).click();
    const present = reader.getByTestId('page-present');
    await expect(present.getByRole('heading', { level: 2 })).toHaveText('Group 1');
    await expect(present.getByTestId('present-position')).toHaveText('1 / 2');
    await expect(present.getByText(/^Members: Ada \(.+\), Bao \(.+\)$/)).toBeVisible();
    const sizes = await present.evaluate((section) => {
      const px = (selector: string) => {
        const element = section.querySelector(selector);
        return element ? Number.parseFloat(getComputedStyle(element).fontSize) : 0;
      };
      const paragraph = section.querySelector('.page-text p')?.getBoundingClientRect();
      return { text: px('.page-text p'), title: px('h2'), width: paragraph?.width ?? 0 };
    });
    // Readable from the back of the room; the title larger still; the text column wide but not a 1920 px line.
    expect(sizes.text).toBeGreaterThanOrEqual(32);
    expect(sizes.title).toBeGreaterThanOrEqual(1.5 * sizes.text);
    expect(sizes.width).toBeGreaterThan(900);
    expect(sizes.width).toBeLessThan(1600);
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
    if (SHOTS) await reader.screenshot({ path: `${SHOTS}/session-page-present-1920-short.png` });

    // Group 2's long production scrolls (nothing cut off) under the bar, which keeps the controls in view.
    await reader.keyboard.press('ArrowRight');
    await expect(present.getByRole('heading', { level: 2 })).toHaveText('Group 2');
    await expect(present.getByRole('status')).toHaveText('Presenting 2 of 2');
    await expect(present.getByTestId('present-position')).toHaveText('2 / 2');
    await expect(present.getByTestId('present-more')).toBeVisible();
    const lastParagraph = present.getByText(LONG_IDEA[1] ?? '');
    await expect(lastParagraph).not.toBeInViewport();
    if (SHOTS) await reader.screenshot({ path: `${SHOTS}/session-page-present-1920-long.png` });
    await present.getByText(LONG_PROBLEM[0] ?? '').hover();
    await reader.mouse.wheel(0, 3000);
    await expect(lastParagraph).toBeInViewport({ ratio: 1 });
    await expect(present.getByTestId('present-more')).toBeHidden();
    await expect(present.getByRole('button', { name: 'Previous' })).toBeInViewport();
    await checkAccessibility(reader, 'session page, present mode, 1920x1080');
    if (SHOTS) await reader.screenshot({ path: `${SHOTS}/session-page-present-1920-long-end.png` });
    await present.getByRole('button', { name: 'Previous' }).click();
    await expect(present.getByRole('heading', { level: 2 })).toHaveText('Group 1');
    await expect(present.getByRole('heading', { level: 2 })).toBeInViewport();
    await reader.keyboard.press('End');
    await expect(present.getByTestId('present-position')).toHaveText('2 / 2');

    // On a 320 px phone present mode still fits the width.
    await reader.setViewportSize({ width: 320, height: 640 });
    await expect(present.getByRole('button', { name: 'Next' })).toBeVisible();
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    if (SHOTS) await reader.screenshot({ path: `${SHOTS}/session-page-present-320.png` });
    await reader.setViewportSize({ width: 1024, height: 768 });
    await reader.keyboard.press('Escape');
    await expect(reader.getByTestId('page-production')).toHaveCount(2);
    // Leaving lands on the production last shown.
    await expect(production(reader, 'Group 2').getByRole('heading', { level: 2 })).toBeInViewport();

    // Printed (or saved as PDF), the page is the productions only: no header, buttons or tools.
    await reader.emulateMedia({ media: 'print' });
    await expect(reader.getByRole('button', { name: 'Present' })).toBeHidden();
    await expect(reader.getByRole('button', { name: 'Download as Markdown' })).toBeHidden();
    await expect(reader.getByRole('banner').first()).toBeHidden();
    await expect(production(reader, 'Group 2')).toBeVisible();
    await reader.emulateMedia({ media: 'screen' });

    // The HTML export opens from a file:// URL with both productions and no request to any server.
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('button', { name: 'Download as a web page (HTML)' }).click(),
    ]);
    const folder = await mkdtemp(join(tmpdir(), 'peerloom-export-'));
    try {
      const file = join(folder, 'page.html');
      await writeFile(file, await readFile((await download.path()) ?? ''));
      const html = await readFile(file, 'utf8');
      expect(html).not.toContain('<script');
      expect(html).not.toContain(session.viewerToken);
      for (const entry of facilitator.store.getSnapshot().roster)
        expect(html).not.toContain(entry.participantId);
      const offline = await newDevice({ viewport: { width: 1024, height: 768 } });
      const requests: string[] = [];
      offline.on('request', (request) => requests.push(request.url()));
      await offline.goto(pathToFileURL(file).href);
      await expect(offline.getByRole('heading', { name: 'Better meetings', level: 1 })).toBeVisible();
      await expect(offline.getByText('Meetings run late because nobody owns the agenda')).toBeVisible();
      await expect(offline.getByText('A fifteen minute stand-up with a timer')).toBeVisible();
      // The inlined styles apply: each production is a bordered card.
      expect(
        await offline
          .getByTestId('page-production')
          .first()
          .evaluate((element) => getComputedStyle(element).borderTopStyle),
      ).toBe('solid');
      expect(requests).toEqual([pathToFileURL(file).href]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }

    // Markdown: one file, a heading per production.
    const [markdown] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    const text = await readFile((await markdown.path()) ?? '', 'utf8');
    expect(text).toMatch(/^# Better meetings/);
    expect(text).toContain('## Group 1');
    expect(text).toContain('## Group 2');
    expect(text).toContain('Meetings run late because nobody owns the agenda');

    // The facilitator, on the page in a browser, hides group 2 (still listed for them, marked) and puts it first.
    const lead = await newDevice({ viewport: { width: 1280, height: 800 }, baseURL: relay.url });
    await lead.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
    await expect(lead.getByRole('navigation', { name: 'Session steps' })).toBeVisible();
    await lead.goto(`/g/${session.sessionId}`);
    await expect(lead.getByTestId('page-production')).toHaveCount(2);
    await production(lead, 'Group 2').getByRole('button', { name: 'Hide from the page' }).click();
    await expect(production(lead, 'Group 2')).toContainText('Hidden from participants');
    await expect(reader.getByTestId('page-production')).toHaveCount(1);
    await expect(reader.getByText('A fifteen minute stand-up with a timer')).toHaveCount(0);
    await expect(ada.getByTestId('page-production')).toHaveCount(1);
    await production(lead, 'Group 2').getByRole('button', { name: 'Move Group 2 up' }).click();
    await expect(lead.getByTestId('page-production').getByRole('heading', { level: 2 })).toHaveText([
      'Group 2',
      'Group 1',
    ]);
    await checkAccessibility(lead, 'session page, facilitator');
    await production(lead, 'Group 2').getByRole('button', { name: 'Show on the page' }).click();

    // The facilitator edits any production from the page; the words reach the readers, counted for no member.
    await production(lead, 'Group 1').getByRole('button', { name: 'Edit this production' }).click();
    await lead.getByRole('textbox', { name: 'Problem', exact: true }).click();
    await lead.keyboard.press('End');
    await lead.keyboard.type(' Facilitator note.');
    await expect(production(reader, 'Group 1')).toContainText('Facilitator note.');
    await expect(production(reader, 'Group 1').getByTestId('contribution')).toContainText([
      'Bao: 8 words',
      'another member: 4 words',
    ]);
    await expect(reader.getByTestId('page-production').getByRole('heading', { level: 2 })).toHaveText([
      'Group 2',
      'Group 1',
    ]);

    // With no network, Ada's phone reopens the page from its own copy.
    await ada.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await goOffline(ada);
    await ada.reload();
    await expect(production(ada, 'Group 1')).toContainText('Rotate the note taker');
    await expect(production(ada, 'Group 2')).toContainText('A fifteen minute stand-up with a timer');
    await expect(ada.getByTestId('header-state')).toContainText('Offline');
    // What she types offline survives a reload at once: the last keystrokes still wait for their batched write
    // when the page goes away, and a write the leaving page does not commit itself is dropped by Chromium.
    await production(ada, 'Group 1').getByRole('button', { name: 'Edit our production' }).click();
    await ada.getByRole('textbox', { name: 'Idea', exact: true }).click();
    await ada.keyboard.press('Control+End');
    // The page's clock stands still from here: the 200 ms batch is surely still waiting when the page is left.
    await ada.clock.install();
    await ada.clock.pauseAt(Date.now() + 60_000);
    await ada.keyboard.type(' every week');
    await ada.reload();
    await ada.clock.resume();
    await expect(production(ada, 'Group 1')).toContainText('Rotate the note taker every week');
    // What the page kept in Web Storage as it was left is let go once IndexedDB has it.
    await expect
      .poll(() =>
        ada.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('peerloom:unwritten:'))),
      )
      .toEqual([]);
  } finally {
    await Promise.all(members.map((member) => member.close()));
    await facilitator.close();
  }
});

test('a read link the relay refuses says so, and a device with no access is told whom to ask', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Closed page');
  const reader = await newDevice({ phone: true, baseURL: relay.url });
  await reader.goto(`/g/${session.sessionId}#read=not-a-valid-token`);
  await expect(reader.getByRole('alert')).toHaveText(
    'This link to the session page was withdrawn by the facilitator.',
  );
  const stranger = await newDevice({ phone: true, baseURL: relay.url });
  await stranger.goto(`/g/${session.sessionId}`);
  await expect(stranger.getByRole('alert')).toHaveText(
    'This device cannot open this session page. Ask the facilitator for the page’s link.',
  );
});
