import { answerFromNode } from '../fixtures/answerFromNode.ts';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { expect, test } from '../fixtures/test.ts';

test('the facilitator asks a profile question, participants answer it, and diverse groups mix the answers', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Mixing');
  const facilitator = await newDevice({ viewport: { width: 1280, height: 1000 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await facilitator.getByRole('button', { name: 'Mix' }).click();
  await facilitator.getByLabel('Organisation type').check();

  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await phone.goto(`/j/${session.code}`);
  await phone.getByLabel('Your name').fill('Ines');
  await phone.getByRole('button', { name: 'Join' }).click();
  await phone.getByLabel('Organisation type').selectOption('Education');
  await phone.getByRole('button', { name: 'Save' }).click();
  await expect(phone.getByText('your profile is saved')).toBeVisible();
  await checkAccessibility(phone, 'participant profile');

  const kinds = ['Company', 'Public sector', 'Non-profit', 'Education'];
  await answerFromNode(
    relay.url,
    session.code,
    Array.from({ length: 11 }, (_, index) => ({
      name: `Person ${index + 1}`,
      profile: { organisation: kinds[index % 4] ?? 'Company' },
    })),
  );
  await expect(facilitator.getByText('12 of 12 participants filled their profile')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Form diverse groups' }).click();
  await expect(facilitator.getByText(/Diversity: [\d.]+ × a random grouping/)).toBeVisible();
  const cards = facilitator.getByTestId('group-card');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  await expect(facilitator.getByTestId('group-member')).toHaveCount(12);
  await expect(facilitator.locator('.group-card-warning')).toHaveCount(0);
  await checkAccessibility(facilitator, 'facilitator mix');
  await facilitator.getByRole('button', { name: 'Publish groups' }).click();
  await expect(phone.getByTestId('own-group').getByText('Ines (you)')).toBeVisible();
});
