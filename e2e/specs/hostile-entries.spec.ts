import { answerFromNode } from '../fixtures/answerFromNode.ts';
import { hostileFromNode } from '../fixtures/hostileFromNode.ts';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

test('a participant who writes hostile entries under its own id does not break the facilitator’s screen', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Hostile room');
  const facilitator = await newDevice({ baseURL: relay.url });
  const errors: string[] = [];
  facilitator.on('pageerror', (error) => errors.push(error.message));
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await startStep(facilitator, 'Share');
  await facilitator.getByLabel('Question for participants').fill('What do you need to learn?');
  await facilitator.getByRole('button', { name: 'Ask this question' }).click();
  await expect(facilitator.getByTestId('question-item')).toContainText('What do you need to learn?');

  await answerFromNode(relay.url, session.code, [{ name: 'Ada', answer: 'How to run a meeting' }]);
  await hostileFromNode(relay.url, session.code);

  const answers = facilitator.getByTestId('answer-list');
  await expect(facilitator.getByTestId('answer-count')).toHaveText('2 answers');
  await expect(answers.getByText('How to run a meeting')).toBeVisible();
  await expect(answers).toContainText('A'.repeat(500));
  await expect(answers).not.toContainText('A'.repeat(501));
  await expect(facilitator.getByText('M'.repeat(60)).first()).toBeVisible();
  await expect(facilitator.getByText('M'.repeat(61))).toHaveCount(0);
  expect(errors).toEqual([]);

  await facilitator.reload();
  await expect(facilitator.getByTestId('answer-count')).toHaveText('2 answers');
  await expect(answers.getByText('How to run a meeting')).toBeVisible();
});
