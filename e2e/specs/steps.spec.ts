import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

test('the facilitator previews a step before starting it, is asked before going back, and ends the session', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Preview day', 'en');
  const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await phone.goto(`/j/${session.code}`);
  await phone.getByLabel('Your name').fill('Ada');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByRole('heading', { name: 'Warm-up' })).toBeVisible();

  const steps = facilitator.getByRole('navigation', { name: 'Session steps' });
  await test.step('choosing Share in the stepper previews it on the facilitator only', async () => {
    await steps.getByRole('button', { name: 'Share' }).click();
    await expect(
      facilitator.getByText('Preview of Share: only you see it. Participants are still on Warm-up.'),
    ).toBeVisible();
    await facilitator.getByLabel('Question for participants').fill('What helps you learn?');
    await facilitator.getByRole('button', { name: 'Ask this question' }).click();
    await expect(facilitator.getByTestId('question-item')).toContainText('What helps you learn?');
    await expect(phone.getByRole('heading', { name: 'Warm-up' })).toBeVisible();
    await expect(phone.getByRole('heading', { name: 'Share' })).toHaveCount(0);
  });

  await test.step('"Start Share for everyone" moves the phones', async () => {
    await facilitator.getByRole('button', { name: 'Start Share for everyone' }).click();
    await expect(phone.getByRole('heading', { name: 'What helps you learn?' })).toBeVisible();
    await expect(facilitator.getByText('Share is live on every device.')).toBeVisible();
  });

  await test.step('going back asks first; cancelling keeps everyone where they are', async () => {
    await steps.getByRole('button', { name: 'Warm-up' }).click();
    await facilitator.getByRole('button', { name: 'Go back to Warm-up for everyone' }).click();
    await expect(facilitator.getByRole('alertdialog')).toContainText('Go back to Warm-up?');
    await facilitator.getByRole('button', { name: 'Cancel' }).click();
    await expect(phone.getByRole('heading', { name: 'What helps you learn?' })).toBeVisible();
    await startStep(facilitator, 'Warm-up');
    await expect(phone.getByRole('heading', { name: 'Warm-up' })).toBeVisible();
  });

  await test.step('every step of the method is in this build, and End session closes for everyone', async () => {
    // Every step of the method ships now: none says "coming next".
    await expect(steps.getByTestId('step-upcoming')).toHaveCount(0);
    await startStep(facilitator, 'End session');
    await expect(phone.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
    await expect(facilitator.getByTestId('end-figures')).toContainText('Participants1');
    await checkAccessibility(facilitator, 'facilitator end');
    await checkAccessibility(phone, 'participant end');
  });
});
