import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import { joinSession } from '../fixtures/joinPhone.ts';
import { startCreation } from '../fixtures/startCreation.ts';
import { expect as baseExpect, test } from '../fixtures/test.ts';

// Three browsers, a relay and a Node facilitator on a loaded 2-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const TABLET = { width: 1024, height: 768 };
const SHOTS = process.env.SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The feedback card of the production titled "Group N" on this device. */
const production = (page: Page, number: number) =>
  page
    .getByTestId('feedback-production')
    .filter({ has: page.getByRole('heading', { name: `Group ${number}`, exact: true }) });

test('a comment and a reaction from one phone appear on another; a hidden comment disappears; closed comments refuse new ones', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Better meetings');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  try {
    const ada = await newDevice({ phone: true, baseURL: relay.url });
    const bao = await newDevice({ phone: true, baseURL: relay.url });
    await joinSession(ada, session.code, 'Ada');
    await joinSession(bao, session.code, 'Bao');
    await startCreation(facilitator, [['Ada'], ['Bao']]);
    facilitator.store.commands.setPhase('end');
    await facilitator.saved();

    // Ada reacts to and comments on Bao's production; Bao's phone shows both.
    const adaSees = production(ada, 2);
    const baoSees = production(bao, 2);
    await adaSees.getByTestId('reaction-learned').click();
    await expect(
      adaSees.getByRole('button', { name: 'Learned something: 1 person', pressed: true }),
    ).toBeVisible();
    await adaSees.getByLabel('Your comment').fill('How did you pick the first step?');
    await adaSees.getByRole('button', { name: 'Post comment' }).click();
    await expect(adaSees.getByLabel('Your comment')).toHaveValue('');

    await expect(baoSees.getByTestId('reaction-learned')).toContainText('1');
    await expect(baoSees.getByTestId('reaction-learned')).toHaveAttribute('aria-pressed', 'false');
    const question = baoSees.getByTestId('comment').filter({ hasText: 'How did you pick the first step?' });
    await expect(question).toContainText('Ada');
    await expect(baoSees.getByTestId('comment-count')).toHaveText('1 comment');

    // Bao replies; the reply shows under the comment on Ada's phone.
    await question.getByRole('button', { name: 'Reply comment by Ada' }).click();
    await baoSees.getByLabel('Your reply to Ada').fill('We voted, then tried it for a week.');
    await baoSees.getByRole('button', { name: 'Post reply' }).click();
    await expect(adaSees.getByRole('list', { name: 'Replies to Ada' })).toContainText(
      'We voted, then tried it for a week.',
    );

    // Ada edits her own comment; Bao cannot edit or delete it.
    const own = adaSees.getByTestId('comment').filter({ hasText: 'How did you pick the first step?' });
    await own.getByRole('button', { name: 'Edit comment by Ada' }).click();
    await adaSees.getByLabel('Edit your comment').fill('How did you choose the first step?');
    await adaSees.getByRole('button', { name: 'Save' }).click();
    await expect(baoSees.getByTestId('comment').first()).toContainText('How did you choose the first step?');
    await expect(baoSees.getByTestId('comment').first()).toContainText('edited');
    await expect(baoSees.getByRole('button', { name: /^(Edit|Delete) comment by Ada/ })).toHaveCount(0);
    await checkAccessibility(ada, 'end screen with comments (phone)');
    await shot(ada, 'comments-phone');
    // Readable on the narrowest phones: nothing wider than the screen.
    await ada.setViewportSize({ width: 320, height: 640 });
    await expect(adaSees.getByTestId('comment').first()).toBeVisible();
    expect(await ada.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot(ada, 'comments-320');

    // The facilitator hides Ada's comment: gone (with its reply) for participants, marked for the facilitator.
    const tablet = await newDevice({ viewport: TABLET, baseURL: relay.url });
    await tablet.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
    const moderated = production(tablet, 2)
      .getByTestId('comment')
      .filter({ hasText: 'How did you choose the first step?' });
    await moderated.getByRole('button', { name: 'Hide comment by Ada' }).click();
    await expect(moderated).toContainText('Hidden from participants');
    await expect(baoSees.getByText('How did you choose the first step?')).toHaveCount(0);
    await expect(adaSees.getByText('How did you choose the first step?')).toHaveCount(0);
    await expect(adaSees.getByText('We voted, then tried it for a week.')).toHaveCount(0);
    await expect(adaSees.getByTestId('comment-count')).toHaveText('No comments yet');
    await checkAccessibility(tablet, 'end screen with comments (facilitator)');

    // The facilitator's CSV: comments (the hidden one marked) and reaction counts, names but no participant id.
    const [download] = await Promise.all([
      tablet.waitForEvent('download'),
      tablet.getByRole('button', { name: 'Download comments and reactions (CSV)' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('Group 2,reaction,,Learned something,1');
    expect(csv).toMatch(/Group 2,comment,Ada,How did you choose the first step\?,.*,yes\r\n/);
    expect(csv).toContain('Group 2,reply,Bao,"We voted, then tried it for a week."');
    for (const name of ['Ada', 'Bao']) expect(csv).not.toContain(facilitator.participantId(name));
    await shot(tablet, 'comments-facilitator');

    // Closed: the form says why and takes nothing; reactions only show counts.
    await adaSees.getByLabel('Your comment').fill('One more thing');
    await tablet.getByRole('button', { name: 'Close comments' }).click();
    await expect(tablet.getByTestId('comments-switch')).toContainText('Comments and reactions are closed.');
    await expect(adaSees.getByTestId('comment-form-disabled')).toHaveText(
      'The facilitator has closed comments and reactions. You can still read them.',
    );
    await expect(adaSees.getByLabel('Your comment')).toBeDisabled();
    await expect(adaSees.getByRole('button', { name: 'Post comment' })).toBeDisabled();
    await expect(adaSees.getByRole('button', { name: /Learned something/ })).toHaveCount(0);
    await expect(adaSees.getByTestId('reaction-learned')).toContainText('1');

    // Reopened: Ada's kept text posts.
    await tablet.getByRole('button', { name: 'Reopen comments' }).click();
    await adaSees.getByRole('button', { name: 'Post comment' }).click();
    await expect(baoSees.getByTestId('comment').filter({ hasText: 'One more thing' })).toBeVisible();
  } finally {
    await facilitator.close();
  }
});
