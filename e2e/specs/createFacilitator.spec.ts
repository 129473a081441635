import type { Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { joinMemberFromNode, type NodeMember } from '../fixtures/memberFromNode.ts';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

const SHOTS = process.env.SHOTS_DIR ?? '';
const ORGANISATIONS = ['Company', 'Public sector', 'Non-profit', 'Education'] as const;

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test.describe.configure({ timeout: 600_000 });

test('the facilitator builds a template from a pack, gives each group its production, runs the timer, the pace and a message, watches a member write, and regroups without losing a word', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Co-creation');
  const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await startStep(facilitator, 'Mix');
  await facilitator.getByLabel('Organisation type').check();
  const members: NodeMember[] = [];
  try {
    for (let index = 0; index < 8; index++) {
      members.push(
        await joinMemberFromNode(relay.url, session.code, `Person ${index + 1}`, {
          organisation: ORGANISATIONS[index % ORGANISATIONS.length] ?? 'Company',
        }),
      );
    }
    await expect(facilitator.getByText('8 of 8 participants filled their profile')).toBeVisible();
    const sizes = facilitator.getByRole('group', { name: 'People per group' });
    await sizes.getByLabel('Minimum').fill('2');
    await sizes.getByLabel('Target').fill('4');
    await sizes.getByLabel('Maximum').fill('4');
    await sizes.getByLabel('Maximum').blur();
    await facilitator.getByRole('button', { name: 'Form diverse groups' }).click();
    await expect(facilitator.getByTestId('group-card')).toHaveCount(2);
    await facilitator.getByRole('button', { name: 'Publish groups' }).click();

    // Preview step 4: no production yet; the template comes from the mini-class pack, then is adapted.
    await facilitator
      .getByRole('navigation', { name: 'Session steps' })
      .getByRole('button', { name: 'Create' })
      .click();
    await expect(facilitator.getByTestId('start-productions')).toContainText('2 mixed groups are published');
    await shoot(facilitator, 'facilitator-empty-1024');
    await facilitator.getByRole('button', { name: 'Use the template “Mini-class plan”' }).click();
    const fields = facilitator.getByTestId('template-field');
    await expect(fields).toHaveCount(6);
    await expect(fields.first()).toContainText('Learning goal');
    await facilitator.getByRole('button', { name: 'Move “Hook” up' }).click();
    await expect(fields.first()).toContainText('Hook');
    await expect(facilitator.getByRole('button', { name: 'Move “Hook” down' })).toBeFocused();
    await facilitator.getByRole('button', { name: 'Move “Hook” down' }).click();
    await expect(fields.first()).toContainText('Learning goal');
    await facilitator.getByRole('button', { name: 'Remove the field “Materials and timing”' }).click();
    await expect(fields).toHaveCount(5);
    await expect(facilitator.getByTestId('removed-field')).toHaveCount(1);
    await facilitator.getByLabel('Name for this template').fill('Agenda class');
    await facilitator.getByRole('button', { name: 'Save this template on this device' }).click();
    await expect(facilitator.getByText('Saved on this device as “Agenda class”')).toBeVisible();
    await expect(facilitator.getByTestId('saved-template')).toContainText('Learning goal · Hook · Key ideas');
    await shoot(facilitator, 'facilitator-template-1024');
    await checkAccessibility(facilitator, 'facilitator create, template');

    await facilitator.getByRole('button', { name: 'Give each group its production' }).click();
    await expect(facilitator.getByTestId('production-card')).toHaveCount(2);
    await startStep(facilitator, 'Create');

    // The room timer: 20 minutes, then 5 more.
    await facilitator.getByRole('button', { name: 'Start a 20-minute timer' }).click();
    const countdown = facilitator.getByTestId('countdown-room');
    await expect(countdown).toContainText(/(20:00|19:5\d)/);
    await facilitator.getByRole('button', { name: '+5 min' }).click();
    await expect(countdown).toContainText(/2[45]:\d\d/);
    await facilitator.getByRole('button', { name: 'Pause' }).click();
    await expect(countdown).toContainText('paused');
    await facilitator.getByRole('button', { name: 'Resume' }).click();
    await expect(countdown).toContainText('left');

    await facilitator.getByRole('button', { name: 'Bring every group to the first field' }).click();
    await expect(facilitator.getByTestId('focus-current')).toHaveText(
      'Every group is on field 1 of 5: Learning goal',
    );
    await facilitator.getByRole('button', { name: 'Bring every group to the next field' }).click();
    await expect(facilitator.getByTestId('focus-current')).toContainText('field 2 of 5: Hook');
    await facilitator.getByLabel('Message shown on every screen and the projector').fill('Ten minutes left');
    await facilitator.getByRole('button', { name: 'Send to all' }).click();
    await expect(facilitator.getByTestId('message-shown')).toContainText('Ten minutes left');

    // A member writes from their own device: the facilitator's wall counts the words and shows them online.
    const writer = members[0];
    if (!writer) throw new Error('no member');
    const sentence = 'By the end everyone can write a clear agenda in five minutes flat';
    const { productionId } = await writer.write('Learning goal', sentence);
    const production = writer.snapshot().productions.find((entry) => entry.id === productionId);
    const card = facilitator
      .getByTestId('production-card')
      .filter({ hasText: `Group ${production?.number}` });
    await expect(card.getByTestId('production-words')).toHaveText('13 words');
    await expect(card).toContainText('1/4 online');
    await expect(card.getByText(/edited just now/)).toBeVisible();
    await expect(facilitator.getByTestId('wall-totals')).toContainText('13 words');
    await shoot(facilitator, 'facilitator-running-1024');
    await checkAccessibility(facilitator, 'facilitator create, running');

    await card.getByRole('button', { name: /^Open Group/ }).click();
    const drawer = facilitator.getByTestId('production-drawer');
    await expect(drawer.getByText(sentence)).toBeVisible();
    await expect(drawer.getByRole('toolbar', { name: 'Formatting' }).first()).toBeVisible();
    await drawer.getByLabel('Leader').selectOption({ label: writer.name });
    await expect(card).toContainText(`${writer.name}Leader`);
    await shoot(facilitator, 'facilitator-drawer-1024');
    await checkAccessibility(facilitator, 'facilitator create, production drawer');
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect(drawer).toBeHidden();

    // The projector: countdown, message, focus and the groups' progress.
    const projector = await newDevice({ viewport: { width: 1920, height: 1080 }, baseURL: relay.url });
    await projector.goto(`/p/${session.sessionId}#v=${session.viewerToken}`);
    await expect(projector.getByTestId('projector-countdown')).toContainText(/2\d:\d\d/);
    await expect(projector.getByTestId('projector-message')).toHaveText('Ten minutes left');
    await expect(projector.getByTestId('projector-focus')).toContainText('2. Hook');
    await expect(projector.getByTestId('projector-production')).toHaveCount(2);
    await expect(projector.getByTestId('projector-productions')).toContainText('13 words');
    await shoot(projector, 'projector-1920');
    await checkAccessibility(projector, 'projector create');

    // Regroup after writing started, keeping productions with most of their members: the words stay.
    await facilitator
      .getByRole('navigation', { name: 'Session steps' })
      .getByRole('button', { name: 'Mix' })
      .click();
    const other = members.find((member) => !production?.members.includes(member.participantId as never));
    if (!other) throw new Error('no member in the other group');
    await facilitator
      .getByLabel(`Move ${other.name} to`)
      .selectOption({ label: `Group ${production?.number}` });
    await facilitator.getByRole('button', { name: 'Publish changes' }).click();
    await expect(facilitator.getByRole('alertdialog')).toContainText('No word written is lost');
    await shoot(facilitator, 'facilitator-regroup-1024');
    await checkAccessibility(facilitator, 'facilitator regroup choice');
    await facilitator.getByRole('button', { name: 'Publish groups' }).click();
    await expect(facilitator.getByRole('button', { name: 'Publish changes' })).toBeHidden();
    await facilitator.getByRole('button', { name: 'Back to Create' }).click();
    const kept = facilitator
      .getByTestId('production-card')
      .filter({ hasText: `Group ${production?.number}` });
    await expect(kept.getByTestId('production-words')).toHaveText('13 words');
    await expect(kept).toContainText(other.name);
    await expect(facilitator.getByTestId('wall-totals')).toContainText('13 words');

    const phone = await newDevice({ viewport: { width: 390, height: 844 }, baseURL: relay.url });
    await phone.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
    await expect(phone.getByTestId('production-card')).toHaveCount(2);
    await expect(phone.getByTestId('wall-totals')).toContainText('13 words');
    await shoot(phone, 'facilitator-phone-390');
    await phone.screenshot({
      path: SHOTS ? `${SHOTS}/facilitator-phone-390-full.png` : undefined,
      fullPage: true,
    });
    const wide = await phone.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => {
          if (element.getBoundingClientRect().right <= window.innerWidth + 0.5) return false;
          for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            const clipped = getComputedStyle(parent).overflowX !== 'visible';
            if (clipped && parent.getBoundingClientRect().right <= window.innerWidth + 0.5) return false;
          }
          return true;
        })
        .slice(0, 5)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${element.className} “${element.textContent?.slice(0, 40)}”`,
        ),
    );
    expect(wide, 'elements wider than the phone screen').toEqual([]);
  } finally {
    await Promise.all(members.map((member) => member.close()));
  }
});
