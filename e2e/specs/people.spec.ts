import type { Page } from '@playwright/test';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

async function join(page: Page, code: string, name: string) {
  await page.goto(`/j/${code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`Welcome, ${name}`)).toBeVisible();
}

async function answer(page: Page, text: string) {
  await page.getByLabel('Your answer').fill(text);
  await page.getByRole('button', { name: 'Publish answer' }).click();
  await expect(page.getByTestId('answer-list')).toBeVisible();
}

test('the facilitator sees who is here and who answered, renames, removes and hides, and asks a second question', async ({
  relay,
  newDevice,
}) => {
  test.setTimeout(240_000);
  const session = await relay.createSession('People day', 'en');
  const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await startStep(facilitator, 'Share');
  await facilitator.getByLabel('Question for participants').fill('What helps you learn?');
  await facilitator.getByRole('button', { name: 'Ask this question' }).click();

  const names = ['Ada', 'Bo', 'Bo'] as const;
  const phones: Page[] = [];
  for (const name of names) {
    const phone = await newDevice({ phone: true, baseURL: relay.url });
    await join(phone, session.code, name);
    phones.push(phone);
  }
  const [ada, bo, secondBo] = phones as [Page, Page, Page];
  const people = facilitator.getByTestId('participant-list');

  await test.step('the list shows everyone connected, duplicates, and who answered', async () => {
    await expect(people.getByRole('heading')).toHaveText('3 people');
    await expect(people).toContainText('3 connected now · 0 of 3 answered the current question');
    await expect(people.getByText('same name twice')).toHaveCount(2);
    await answer(ada, 'Explaining to peers');
    await answer(bo, 'Rude joke');
    await expect(people).toContainText('3 connected now · 2 of 3 answered the current question');
  });

  await test.step('a device that leaves is no longer counted as connected', async () => {
    await secondBo.close();
    await expect(people).toContainText('2 connected now');
  });

  await test.step('hiding an answer takes it off the phones but keeps it, marked, for the facilitator', async () => {
    await expect(ada.getByTestId('answer-list').getByText('Rude joke')).toBeVisible();
    const rude = facilitator.getByTestId('moderated-answer').filter({ hasText: 'Rude joke' });
    await rude.getByRole('button', { name: /^Hide/ }).click();
    await expect(rude).toContainText('Hidden from participants and the projector');
    await expect(ada.getByTestId('answer-list').getByText('Rude joke')).toHaveCount(0);
    await expect(bo.getByText('The facilitator hid your answer from the others.')).toBeVisible();
  });

  await test.step('renaming shows the new name on the person’s own phone', async () => {
    const row = people.getByTestId('person-row').filter({ hasText: 'answered' }).filter({ hasText: 'Bo' });
    await row.getByRole('button', { name: 'Rename Bo' }).click();
    await facilitator.getByLabel('New name for Bo').fill('Bo Lee');
    await facilitator.getByRole('button', { name: 'Save name' }).click();
    await expect(people.getByText('typed “Bo”')).toBeVisible();
    await expect(bo.getByText('Welcome, Bo Lee')).toBeVisible();
  });

  await test.step('removing a person asks first, then tells their device', async () => {
    await people.getByRole('button', { name: 'Remove Bo Lee' }).click();
    await facilitator.getByRole('button', { name: 'Yes, remove Bo Lee' }).click();
    await expect(bo.getByText('The facilitator removed you from this session.')).toBeVisible();
    await expect(people.getByRole('heading')).toHaveText('2 people');
    await people.getByText('1 person removed').click();
    await expect(people.getByRole('button', { name: 'Restore Bo Lee' })).toBeVisible();
  });

  await test.step('a second question is asked; rewording the first asks first and keeps its answers', async () => {
    await facilitator.getByLabel('Another question').fill('What will you try next week?');
    await facilitator.getByRole('button', { name: 'Add question' }).click();
    await facilitator.getByRole('button', { name: 'Ask this one now What will you try next week?' }).click();
    await expect(ada.getByRole('heading', { name: 'What will you try next week?' })).toBeVisible();
    await answer(ada, 'Pair programming');

    await facilitator.getByRole('button', { name: 'Ask this one now What helps you learn?' }).click();
    await facilitator.getByRole('button', { name: 'Edit question What helps you learn?' }).click();
    await facilitator.getByLabel('New wording').fill('What helps you learn at work?');
    await facilitator.getByRole('button', { name: 'Save question' }).click();
    await expect(facilitator.getByRole('alertdialog')).toContainText(
      '1 person already answered this wording.',
    );
    await facilitator.getByRole('button', { name: 'Yes, save the new wording' }).click();
    await expect(ada.getByRole('heading', { name: 'What helps you learn at work?' })).toBeVisible();
    await expect(ada.getByText('Answered the earlier wording: “What helps you learn?”')).toBeVisible();
    await expect(
      facilitator.getByTestId('moderated-answer').filter({ hasText: 'Explaining to peers' }),
    ).toContainText('Answered the earlier wording');
  });
});
