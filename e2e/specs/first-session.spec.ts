import type { Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

const ANSWERS = {
  Ada: 'Safe bike lanes to every school',
  Bao: 'Trees on every street for shade',
  Chloé: 'Free buses on weekends',
} as const;
type Name = keyof typeof ANSWERS;

async function joinAs(page: Page, code: string, name: string) {
  await page.goto(`/j/${code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page).toHaveURL(/\/s\/[\w-]+$/);
  await expect(page.getByText(`Welcome, ${name}`)).toBeVisible();
}

async function expectAllAnswers(page: Page) {
  await expect(page.getByTestId('answer-count')).toHaveText('3 answers');
  const list = page.getByTestId('answer-list');
  for (const text of Object.values(ANSWERS)) await expect(list.getByText(text)).toBeVisible();
}

test('a facilitator runs warm-up and share with three phones and a projector, through a reload and a relay restart', async ({
  relay,
  newDevice,
}) => {
  const facilitator = await newDevice({ viewport: { width: 1024, height: 1366 }, baseURL: relay.url });
  await facilitator.goto('/');
  await checkAccessibility(facilitator, 'home');
  await facilitator.getByLabel('Session title').fill('Climate week');
  await facilitator.getByRole('button', { name: 'Create session' }).click();
  await expect(facilitator).toHaveURL(/\/f\/[\w-]+$/);
  const joinCode = facilitator.getByTestId('join-code');
  await expect(joinCode).toHaveText(/^[2-9A-HJKMNP-Z]{6}$/);
  const code = (await joinCode.textContent()) ?? '';

  await facilitator.getByLabel('Title').fill('Why cities matter');
  await facilitator.getByLabel('Note').fill('Think of the street where you live.');
  await facilitator.getByRole('button', { name: 'Add item' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Why cities matter' })).toBeVisible();
  await expect(facilitator.getByRole('img', { name: /QR code for the join link/ })).toBeVisible();
  await checkAccessibility(facilitator, 'facilitator warm-up');

  const projectorUrl = await facilitator
    .getByRole('link', { name: 'Open projector view' })
    .getAttribute('href');
  expect(projectorUrl).toContain('#v=');
  const projector = await newDevice({ viewport: { width: 1920, height: 1080 }, baseURL: relay.url });
  await projector.goto(projectorUrl ?? '');
  await expect(projector.getByTestId('projector-code')).toHaveText(code);
  await checkAccessibility(projector, 'projector warm-up');

  const phones = {} as Record<Name, Page>;
  for (const name of Object.keys(ANSWERS) as Name[]) {
    const phone = await newDevice({ phone: true, baseURL: relay.url });
    if (name === 'Ada') {
      await phone.goto(`/j/${code}`);
      await checkAccessibility(phone, 'join');
    }
    await joinAs(phone, code, name);
    await expect(phone.getByRole('heading', { name: 'Why cities matter' })).toBeVisible();
    await expect(phone.getByText('Think of the street where you live.')).toBeVisible();
    phones[name] = phone;
  }
  await checkAccessibility(phones.Ada, 'participant warm-up');
  await expect(facilitator.getByTestId('participant-count')).toHaveText('3 participants');

  await startStep(facilitator, 'Share');
  await facilitator
    .getByLabel('Question for participants')
    .fill('What would make your city better to live in?');
  await facilitator.getByRole('button', { name: 'Ask this question' }).click();

  for (const [name, text] of Object.entries(ANSWERS) as [Name, string][]) {
    const phone = phones[name];
    await expect(
      phone.getByRole('heading', { name: 'What would make your city better to live in?' }),
    ).toBeVisible();
    await phone.getByLabel('Your answer').fill(text);
    await phone.getByRole('button', { name: 'Publish answer' }).click();
    await expect(phone.getByRole('heading', { name: 'Your answer' })).toBeVisible();
  }
  for (const page of [facilitator, projector, ...Object.values(phones)]) await expectAllAnswers(page);
  await checkAccessibility(phones.Bao, 'participant share');
  await checkAccessibility(facilitator, 'facilitator share');
  await checkAccessibility(projector, 'projector answer wall');

  await phones.Bao.reload();
  await expect(phones.Bao.getByText('Welcome, Bao')).toBeVisible();
  await expect(phones.Bao.locator('.own-answer')).toContainText(ANSWERS.Bao);
  await expectAllAnswers(phones.Bao);
  await expect(facilitator.getByTestId('participant-count')).toHaveText('3 participants');

  await relay.restart();
  const freshViewer = await newDevice({ viewport: { width: 1280, height: 800 }, baseURL: relay.url });
  await freshViewer.goto(projectorUrl ?? '');
  await expectAllAnswers(freshViewer);
  for (const page of [facilitator, projector, ...Object.values(phones)]) {
    await expect(page.locator('output[data-connection]')).toHaveAttribute('data-connection', 'online');
    await expectAllAnswers(page);
  }

  await phones.Chloé.getByRole('button', { name: 'Edit my answer' }).click();
  await phones.Chloé.getByLabel('Your answer').fill('Free buses every day');
  await phones.Chloé.getByRole('button', { name: 'Save changes' }).click();
  for (const page of [projector, freshViewer, phones.Ada]) {
    await expect(page.getByTestId('answer-list').getByText('Free buses every day')).toBeVisible();
  }
});
