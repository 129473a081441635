import type { Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { goOffline } from '../fixtures/goOffline.ts';
import { expect, test } from '../fixtures/test.ts';

const spaced = (code: string) => ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()} `;

async function joinAs(page: Page, name: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(`Welcome, ${name}`)).toBeVisible();
}

test('a wrong or ill-formed code is caught before the name is asked, and corrected in place', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Design sprint');
  const phone = await newDevice({ phone: true, baseURL: relay.url });

  await phone.goto('/j/ZZZZZZ');
  await expect(phone.getByRole('alert')).toContainText('No session has this code');
  await expect(phone.getByLabel('Your name')).toHaveCount(0);
  const codeField = phone.getByLabel('Session code');
  await expect(codeField).toHaveValue('ZZZZZZ');
  await expect(codeField).toBeFocused();
  await checkAccessibility(phone, 'join: wrong code');

  await codeField.fill('O0I1L');
  await phone.getByRole('button', { name: 'Continue' }).click();
  await expect(phone.getByRole('alert')).toContainText('6 letters and digits');

  await codeField.fill(spaced(session.code));
  await phone.getByRole('button', { name: 'Continue' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Design sprint');
  await expect(phone.getByLabel('Your name')).toBeFocused();
  await expect(phone).toHaveURL(new RegExp(`/j/${session.code}$`));
  await checkAccessibility(phone, 'join: name');

  await phone.getByRole('button', { name: 'Change code' }).click();
  await expect(phone.getByLabel('Session code')).toHaveValue(session.code);
  await expect(phone.getByLabel('Session code')).toBeFocused();

  await phone.goto('/j/O0I1L');
  await expect(phone.getByRole('alert')).toContainText('6 letters and digits');
  await expect(phone.getByLabel('Session code')).toHaveValue('O0I1L');
});

test('with the relay down, checking a code says so and keeps the code; it goes through once the relay is back', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Offsite');
  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await phone.goto('/j/ZZZZZZ');
  await expect(phone.getByRole('alert')).toContainText('No session has this code');

  await relay.stop();
  await phone.getByLabel('Session code').fill(session.code);
  await phone.getByRole('button', { name: 'Continue' }).click();
  await expect(phone.getByRole('alert')).toContainText('reach the session server');
  await expect(phone.getByLabel('Session code')).toHaveValue(session.code);

  await relay.restart();
  await phone.getByRole('button', { name: 'Continue' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Offsite');
  await joinAs(phone, 'Bao');
});

test('a phone that joined before is offered to continue as itself, and the join link still opens with no network', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Returning');
  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await phone.goto(`/j/${session.code}`);
  await joinAs(phone, 'Cy');
  const participantUrl = phone.url();

  await phone.goto(`/j/${session.code}`);
  await phone.getByRole('link', { name: 'Continue as Cy' }).click();
  await expect(phone.getByText('Welcome, Cy')).toBeVisible();
  expect(phone.url()).toBe(participantUrl);

  await phone.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await goOffline(phone);
  await phone.goto(`/j/${session.code}`);
  await expect(phone.getByRole('alert')).toContainText('reach the session server');
  await expect(phone.getByLabel('Session code')).toHaveValue(session.code);
  await phone.context().setOffline(false);
  await phone.getByRole('button', { name: 'Continue' }).click();
  await expect(phone.getByRole('link', { name: 'Continue as Cy' })).toBeVisible();
});

test('the join page speaks the device’s language', async ({ relay, newDevice }) => {
  const session = await relay.createSession('Atelier');
  const phone = await newDevice({ phone: true, baseURL: relay.url, locale: 'fr-FR' });
  await phone.goto('/j/ZZZZZZ');
  await expect(phone.getByRole('alert')).toContainText('Aucune session n’a ce code');
  await phone.getByLabel('Code de session').fill(session.code);
  await phone.getByRole('button', { name: 'Continuer' }).click();
  await expect(phone.getByLabel('Votre nom')).toBeVisible();
  await expect(phone.locator('html')).toHaveAttribute('lang', 'fr');
  await phone.getByLabel('Langue').selectOption('en');
  await expect(phone.getByLabel('Your name')).toBeVisible();
  await joinAs(phone, 'Dee');
});

test('the start page on a phone leads with joining, and takes the code in lower case with spaces', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Town hall');
  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await phone.goto('/');
  const joinForm = await phone.getByRole('form', { name: 'Join a session' }).boundingBox();
  const createForm = await phone.getByRole('form', { name: 'Run a session' }).boundingBox();
  expect(joinForm?.y).toBeLessThan(createForm?.y ?? 0);
  expect(joinForm?.y).toBeLessThan(120);
  const codeField = phone.getByLabel('Session code');
  expect((await codeField.boundingBox())?.height).toBeGreaterThanOrEqual(48);
  await checkAccessibility(phone, 'home on a phone');

  await codeField.fill(` ${session.code.split('').join(' ').toLowerCase()} `);
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Town hall');
  await joinAs(phone, 'Eve');
});
