import { answerFromNode } from '../fixtures/answerFromNode.ts';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { expect, test } from '../fixtures/test.ts';

const ANSWERS = [
  'Safer bike lanes and cycling to work every day',
  'More bike parking and cycling paths in the city',
  'Protected bike lanes so cycling feels safe',
  'Cooking classes with fresh vegetables and healthy recipes',
  'Healthy recipes for cooking quick family dinners',
  'Community cooking evenings sharing recipes and food',
  'Playing guitar in a band and writing songs',
  'Learning guitar chords and music theory for songs',
  'Open mic nights for music, songs and guitar players',
  'A community garden to grow plants and flowers',
  'Composting and gardening tips for growing plants',
  'Gardening workshops on soil, seeds and plants',
];

test('the projector shows names arriving during warm-up, the answer wall, then the published groups with their names, labels and members', async ({
  relay,
  newDevice,
}) => {
  test.setTimeout(180_000);
  const session = await relay.createSession('Projector');
  const facilitator = await newDevice({ viewport: { width: 1280, height: 1000 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  const projector = await newDevice({ viewport: { width: 1920, height: 1080 }, baseURL: relay.url });
  await projector.goto(`/p/${session.sessionId}#v=${session.viewerToken}`);

  await expect(projector.getByTestId('projector-joined')).toHaveText('No one has joined yet');
  await expect(projector.getByTestId('projector-code')).toHaveText(session.code);
  await checkAccessibility(projector, 'projector warm-up, empty');
  const phone = await newDevice({ phone: true, baseURL: relay.url });
  await phone.goto(`/j/${session.code}`);
  await phone.getByLabel('Your name').fill('Ana');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(projector.getByTestId('projector-joined')).toHaveText('1 person joined');
  await expect(projector.getByTestId('projector-names').getByText('Ana', { exact: true })).toBeVisible();
  await checkAccessibility(projector, 'projector warm-up, names arriving');

  await facilitator.getByRole('button', { name: 'Share' }).click();
  await facilitator.getByLabel('Question for participants').fill('What would you like to learn?');
  await facilitator.getByRole('button', { name: 'Ask this question' }).click();
  await expect(projector.getByRole('heading', { name: 'What would you like to learn?' })).toBeVisible();
  await expect(projector.getByTestId('projector-code')).toHaveText(session.code);
  await phone.getByLabel('Your answer').fill('Cycling routes between the bike parks and the river');
  await phone.getByRole('button', { name: 'Publish answer' }).click();
  await answerFromNode(
    relay.url,
    session.code,
    ANSWERS.map((answer, index) => ({ name: `Person ${index + 1}`, answer })),
  );
  await expect(projector.getByTestId('answer-count')).toHaveText('13 answers');
  await checkAccessibility(projector, 'projector answer wall');

  await facilitator.getByRole('button', { name: 'Match' }).click();
  await expect(projector.getByRole('heading', { name: 'Groups by theme are being formed' })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Match by answers' }).click();
  const cards = facilitator.getByTestId('group-card');
  await expect(facilitator.getByTestId('group-member')).toHaveCount(13);
  await facilitator.getByRole('button', { name: 'Publish groups' }).click();
  await expect(facilitator.getByText('Groups are published')).toBeVisible();

  const count = await cards.count();
  const shown = projector.getByTestId('projector-group');
  await expect(shown).toHaveCount(count);
  await expect(projector.getByRole('heading', { name: `Groups by theme · ${count} groups` })).toBeVisible();
  for (let index = 0; index < count; index++) {
    const card = cards.nth(index);
    const members = await card.locator('.member-name').allTextContents();
    const label = ((await card.locator('.group-label').textContent()) ?? '').replace(/^ · /, '').split(', ');
    const group = shown.nth(index);
    await expect(group.getByRole('heading', { level: 2 })).toHaveText(`Group ${index + 1}`);
    await expect(group.locator('.projector-group-label')).toHaveText(label.join(' · '));
    await expect(group.locator('.projector-group-members li')).toHaveText(members);
  }
  const room = await projector.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    height: window.innerHeight,
  }));
  expect(room.scroll, 'the groups fit on the projector without scrolling').toBeLessThanOrEqual(room.height);
  await checkAccessibility(projector, 'projector groups');
});
