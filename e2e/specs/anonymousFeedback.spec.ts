import type { Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { expectTapTargets } from '../fixtures/expectTapTargets.ts';
import { feedbackFromNode } from '../fixtures/feedbackFromNode.ts';
import { goOffline } from '../fixtures/goOffline.ts';
import { joinSession } from '../fixtures/joinPhone.ts';
import { startStep } from '../fixtures/startStep.ts';
import { type DeviceOptions, expect, type RelayProcess, test } from '../fixtures/test.ts';

const SHOTS = '/work/shots/s8/anonymous';
const panel = (page: Page) => page.getByTestId('session-feedback-panel');
const form = (page: Page) => page.getByTestId('session-feedback');

/** The facilitator's tablet on the session's end screen, and a way to open the feedback form there. */
async function openEndScreen(
  newDevice: (options: DeviceOptions) => Promise<Page>,
  relay: RelayProcess,
  title: string,
) {
  const session = await relay.createSession(title);
  const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  const openForm = async () => {
    await panel(facilitator).getByRole('button', { name: 'Open the form' }).click();
    await expect(panel(facilitator).getByTestId('feedback-form-state')).toContainText(
      'Open: participants can answer',
    );
  };
  return { session, facilitator, openForm };
}

test('a phone answers the anonymous feedback offline, keeps it through a reload, and sends it once online; nothing shows before 3', async ({
  relay,
  newDevice,
}) => {
  const { session, facilitator, openForm } = await openEndScreen(newDevice, relay, 'Feedback day');
  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await joinSession(phone, session.code, 'Ada');
  await startStep(facilitator, 'End session');
  await expect(form(phone)).toContainText('The facilitator has not opened the feedback form yet.');
  await panel(facilitator).getByLabel('Rating question (1 to 5)').fill('How useful was today?');
  await panel(facilitator).getByRole('button', { name: 'Save wording' }).click();
  await openForm();
  await expect(form(phone).getByRole('group', { name: 'How useful was today?' })).toBeVisible();

  await expect(form(phone).getByRole('button', { name: 'Send anonymously' })).toBeVisible();
  await expect(phone.getByTestId('feedback-privacy')).toContainText('Not stored with them: your name');
  await phone.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await phone.getByRole('radio', { name: '4 out of 5' }).check({ force: true });
  await phone
    .getByLabel('What should we keep, and what should we change?')
    .fill('More time in groups, please');
  await phone.screenshot({ path: `${SHOTS}/phone-form-390.png`, fullPage: true });
  await checkAccessibility(phone, 'anonymous feedback form');
  await expectTapTargets(phone, 'anonymous feedback form');

  // Two others answer first: two answers are not shown, anywhere. (Checked before the phone goes offline, not
  // while it is: under load, a request of the phone's service-worker-controlled page reached the relay in two runs of
  // CI after the context was offline, its answer lost on the way back; the phone then rightly kept waiting.)
  const statuses = await feedbackFromNode(relay.url, session.code, [
    { name: 'Bo', rating: 5, text: 'Loved the mini classes' },
    { name: 'Cy', rating: 3, text: '' },
  ]);
  expect(statuses).toEqual([200, 200]);
  await expect(panel(facilitator).getByTestId('feedback-answer-count')).toHaveText('No answers shown yet');

  await goOffline(phone);
  await form(phone).getByRole('button', { name: 'Send anonymously' }).click();
  await expect(phone.getByTestId('feedback-waiting')).toHaveText(/Waiting to send/);
  await phone.reload();
  await expect(phone.getByTestId('feedback-waiting')).toHaveText(/Waiting to send/);
  await expect(form(phone)).toContainText('More time in groups, please');
  await phone.screenshot({ path: `${SHOTS}/phone-waiting-390.png`, fullPage: true });

  await phone.context().setOffline(false);
  await expect(form(phone)).toContainText('Sent, thank you.');
  await expect(panel(facilitator).getByTestId('feedback-answer-count')).toHaveText('3 answers shown');
  await expect(panel(facilitator).getByTestId('feedback-texts')).toContainText('More time in groups, please');
  await expect(panel(facilitator).getByTestId('rating-average')).toHaveText('Average 4.0 out of 5');
  await facilitator.screenshot({ path: `${SHOTS}/facilitator-1024.png`, fullPage: true });
  await checkAccessibility(facilitator, 'anonymous feedback panel');

  // Shared, the phone sees the results too, with no author.
  await panel(facilitator).getByRole('button', { name: 'Share results with participants' }).click();
  await expect(phone.getByTestId('shared-feedback-results')).toContainText('Loved the mini classes');
  await phone.screenshot({ path: `${SHOTS}/phone-results-390.png`, fullPage: true });
  await checkAccessibility(phone, 'anonymous feedback sent, results shared');
  await expectTapTargets(phone, 'anonymous feedback sent, results shared');
  // In French too, the screen's own messages included.
  await phone.getByLabel('Language').selectOption('fr');
  await expect(form(phone)).toContainText('Envoyée, merci.');
  await expect(phone.getByTestId('shared-feedback-results')).toContainText('3 réponses affichées');
  await phone.screenshot({ path: `${SHOTS}/phone-results-fr-390.png`, fullPage: true });
});

test('the facilitator reads the released texts, their main themes, hides one, and exports a CSV with no identity', async ({
  relay,
  newDevice,
}) => {
  const { session, facilitator, openForm } = await openEndScreen(newDevice, relay, 'Feedback themes');
  await startStep(facilitator, 'End session');
  await openForm();
  const people = [
    { name: 'Quentin Abernathy', rating: 5, text: 'The group work on climate projects was inspiring' },
    { name: 'Rosalind Beaumont', rating: 4, text: 'Climate group projects, more of that please' },
    { name: 'Sebastian Castellanos', rating: 2, text: 'The room was too noisy and too hot' },
    { name: 'Theodora Dimitriou', rating: 3, text: 'Noisy room, hard to hear the other groups' },
    { name: 'Ulysses Engelbrecht', rating: 1, text: 'You are all idiots' },
    { name: 'Valentina Fairweather', rating: 4, text: 'Group projects on energy and climate were great' },
  ];
  expect(await feedbackFromNode(relay.url, session.code, people)).toEqual([200, 200, 200, 200, 200, 200]);
  await expect(panel(facilitator).getByTestId('feedback-answer-count')).toHaveText('6 answers shown');

  const abusive = panel(facilitator)
    .getByTestId('feedback-texts')
    .getByRole('listitem')
    .filter({ hasText: 'idiots' });
  await abusive.getByRole('button', { name: 'Hide' }).click();
  await expect(abusive).toContainText('Hidden from participants');
  await panel(facilitator).getByRole('button', { name: 'Find main themes' }).click();
  await expect(panel(facilitator).getByTestId('feedback-themes').getByRole('listitem').first()).toBeVisible({
    timeout: 60_000,
  });
  await facilitator.screenshot({ path: `${SHOTS}/facilitator-themes-1024.png`, fullPage: true });

  const [download] = await Promise.all([
    facilitator.waitForEvent('download'),
    panel(facilitator).getByRole('button', { name: 'Export CSV (no identity)' }).click(),
  ]);
  const csv = await readDownload(download);
  expect(csv.split('\r\n')[0]).toBe('\uFEFFBatch,Rating,Text,Hidden');
  expect(csv.trim().split('\r\n')).toHaveLength(7);
  expect(csv).toContain('You are all idiots,yes');
  for (const person of people) for (const part of person.name.split(' ')) expect(csv).not.toContain(part);
});

async function readDownload(download: { createReadStream(): Promise<NodeJS.ReadableStream> }) {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
