import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

test('wrong codes, empty input and a relay that is down get clear messages and lose nothing', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Workshop');
  const phone = await newDevice({ phone: true, baseURL: relay.url });

  await phone.goto('/');
  await phone.getByLabel('Session code').fill('O0I1L');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByRole('alert')).toContainText('6 letters and digits');

  await phone.goto(`/j/${session.code}`);
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByRole('alert')).toContainText('Please enter your name');

  await relay.stop();
  await phone.getByLabel('Your name').fill('Ada Lovelace');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByRole('alert')).toContainText('reach the session server');
  await expect(phone.getByLabel('Your name')).toHaveValue('Ada Lovelace');

  await relay.restart();
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByText('Welcome, Ada Lovelace')).toBeVisible();

  await phone.getByLabel('Language').selectOption('fr');
  await expect(phone.getByText('Bienvenue, Ada Lovelace')).toBeVisible();
});

test('an over-long answer is refused with its limit, and the typed text stays in the box', async ({
  relay,
  newDevice,
}) => {
  const facilitator = await newDevice({ baseURL: relay.url });
  const session = await relay.createSession('Limits');
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await expect(facilitator.getByTestId('join-code')).toHaveText(session.code);
  await startStep(facilitator, 'Share');
  await facilitator.getByLabel('Question for participants').fill('Tell us everything');
  await facilitator.getByRole('button', { name: 'Ask this question' }).click();

  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await phone.goto(`/j/${session.code}`);
  await phone.getByLabel('Your name').fill('Bao');
  await phone.getByRole('button', { name: 'Join' }).click();
  const tooLong = 'word '.repeat(120);
  await phone.getByLabel('Your answer').fill(tooLong);
  await phone.getByRole('button', { name: 'Publish answer' }).click();
  await expect(phone.getByRole('alert')).toContainText('at most 500 characters');
  await expect(phone.getByLabel('Your answer')).toHaveValue(tooLong);

  await phone.getByLabel('Your answer').fill('   ');
  await phone.getByRole('button', { name: 'Publish answer' }).click();
  await expect(phone.getByRole('alert')).toContainText('Your answer is empty');

  await phone.getByLabel('Your answer').fill('A draft I keep');
  await phone.reload();
  await expect(phone.getByLabel('Your answer')).toHaveValue('A draft I keep');
});

test('a second tab of the same participant is told it stays in sync', async ({ relay, newDevice }) => {
  const session = await relay.createSession('Tabs');
  const phone = await newDevice({ baseURL: relay.url });
  await phone.goto(`/j/${session.code}`);
  await phone.getByLabel('Your name').fill('Cy');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByText('Welcome, Cy')).toBeVisible();
  const secondTab = await phone.context().newPage();
  await secondTab.goto(phone.url());
  await expect(secondTab.getByText('also open in another tab')).toBeVisible();
  await expect(phone.getByText('also open in another tab')).toBeVisible();
});
