import type { Page } from '@playwright/test';
import { answerFromNode } from '../fixtures/answerFromNode.ts';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { expectTapTargets } from '../fixtures/expectTapTargets.ts';
import { setGroupSizes } from '../fixtures/groupSettings.ts';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

/** A waiting screen tells the person what happens next, in one line near the top. */
async function expectWhatNow(phone: Page, screenName: string, text: RegExp) {
  const line = phone.getByTestId('what-now');
  await expect(line, `what-now line on "${screenName}"`).toHaveText(text);
  await expect(line).toBeInViewport();
}

test('on a phone every waiting screen says what now, the Mix group stays reachable at Share, and every target is 44 px', async ({
  relay,
  newDevice,
}) => {
  // A long journey through four steps with two browsers; a loaded machine needs the room.
  test.slow();
  const session = await relay.createSession('Phones');
  const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await expect(facilitator.getByRole('textbox', { name: 'Title' })).toBeVisible({ timeout: 30_000 });

  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await phone.goto(`/j/${session.code}`);
  await expectTapTargets(phone, 'join');
  await phone.getByLabel('Your name').fill('Ines');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByText('Welcome, Ines')).toBeVisible();
  await expectWhatNow(phone, 'empty warm-up', /the facilitator will start in a moment/);
  await expectTapTargets(phone, 'empty warm-up');

  await facilitator.getByRole('textbox', { name: 'Title' }).fill('A walk in the city');
  await facilitator.getByLabel('Link (video or web page)').fill('https://example.org/walk');
  await facilitator.getByRole('button', { name: 'Add item' }).click();
  await expect(phone.getByRole('heading', { name: 'A walk in the city' })).toBeVisible();
  await expectWhatNow(phone, 'warm-up items', /Look through these/);
  await expectTapTargets(phone, 'warm-up items');
  await checkAccessibility(phone, 'participant warm-up');

  await startStep(facilitator, 'Mix');
  await facilitator.getByLabel('Organisation type').check();
  await expect(phone.getByLabel('Organisation type')).toBeVisible();
  await expect(phone.getByTestId('what-now')).toHaveCount(0);
  await expectTapTargets(phone, 'profile form');
  await phone.getByLabel('Organisation type').selectOption('Education');
  await phone.getByRole('button', { name: 'Save' }).click();
  await expectWhatNow(phone, 'waiting for groups', /Keep this page open: your group shows up/);
  await expectTapTargets(phone, 'waiting for groups');

  const kinds = ['Company', 'Public sector', 'Non-profit', 'Education'];
  await answerFromNode(
    relay.url,
    session.code,
    Array.from({ length: 2 }, (_, index) => ({
      name: `Person ${index + 1}`,
      profile: { organisation: kinds[index % 4] ?? 'Company' },
    })),
  );
  await expect(facilitator.getByText('3 of 3 participants filled their profile')).toBeVisible();
  await setGroupSizes(facilitator, 2, 3, 3);
  await facilitator.getByRole('button', { name: 'Form diverse groups' }).click();
  await expect(facilitator.getByTestId('group-member')).toHaveCount(3);
  await facilitator.getByRole('button', { name: 'Publish groups' }).click();
  await expect(phone.getByTestId('own-group').getByText('Ines (you)')).toBeVisible();
  await expectWhatNow(phone, 'Mix group published', /Find the people in your group/);
  await expectTapTargets(phone, 'Mix group');
  const mixMates = await phone.getByTestId('own-group').locator('li').allTextContents();

  // Share: the step changes, the Mix group stays one tap away.
  await startStep(facilitator, 'Share');
  await expectWhatNow(phone, 'waiting for the question', /The question appears here/);
  const drawer = phone.getByTestId('my-group');
  await expect(drawer).toBeInViewport();
  await expect(drawer).toContainText('Your Mix group');
  await expectTapTargets(phone, 'waiting for the question');
  await drawer.getByText('Your Mix group').click();
  for (const name of mixMates) await expect(drawer.getByText(name, { exact: true })).toBeVisible();
  await expect(drawer.getByText('Ines (you)')).toBeInViewport();
  await expectTapTargets(phone, 'group drawer open');
  await checkAccessibility(phone, 'participant share, group drawer open');
  await drawer.getByText('Your Mix group').click();

  await facilitator.getByLabel('Question for participants').fill('What would you change in your street?');
  await facilitator.getByRole('button', { name: 'Ask this question' }).click();
  await expect(phone.getByLabel('Your answer')).toBeVisible();
  await expect(phone.getByTestId('what-now')).toHaveCount(0);
  await expectTapTargets(phone, 'answer form');
  await phone.getByLabel('Your answer').fill('More trees and benches');
  await phone.getByRole('button', { name: 'Publish answer' }).click();
  await expectWhatNow(phone, 'answered', /Read the others’ answers/);
  await expectTapTargets(phone, 'answered');
  await expect(drawer).toContainText('Your Mix group');

  await startStep(facilitator, 'Match');
  await expectWhatNow(phone, 'waiting for thematic groups', /your new group shows up by itself/);
  await expect(drawer).toContainText('Your Mix group');
  await expectTapTargets(phone, 'waiting for thematic groups');
  await checkAccessibility(phone, 'participant match waiting');
});
