import type { Page } from '@playwright/test';
import { answerFromNode } from '../fixtures/answerFromNode.ts';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { expectGroupsByOrganisation, setGroupSizes } from '../fixtures/groupSettings.ts';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

const THEMES = {
  cycling: [
    'Safer bike lanes and cycling to work every day',
    'More bike parking and cycling paths in the city',
    'Cycling lessons for kids and bike repair workshops',
    'A bike sharing scheme with electric bikes for cycling uphill',
    'Protected bike lanes so cycling feels safe',
    'Cycling routes between the bike parks and the river',
  ],
  cooking: [
    'Cooking classes with fresh vegetables and healthy recipes',
    'Healthy recipes for cooking quick family dinners',
    'Learning to cook bread and recipes from my grandmother',
    'Community cooking evenings sharing recipes and food',
    'Cooking with seasonal food and simple recipes',
    'Recipes for cooking cheap healthy food at home',
  ],
  music: [
    'Playing guitar in a band and writing songs',
    'Learning guitar chords and music theory for songs',
    'A music studio to record songs with the band',
    'Guitar and piano music lessons for beginners',
    'Open mic nights for music, songs and guitar players',
    'Writing songs and playing music with friends on guitar',
  ],
  gardening: [
    'Gardening with plants and vegetables on the balcony',
    'A community garden to grow plants and flowers',
    'Composting and gardening tips for growing plants',
    'Growing tomatoes and herbs, gardening in small spaces',
    'Planting trees and flowers, urban gardening for plants',
    'Gardening workshops on soil, seeds and plants',
  ],
};
type Theme = keyof typeof THEMES;
const BROWSER_PEOPLE: Record<string, Theme> = {
  Ana: 'cycling',
  Ben: 'cooking',
  Cleo: 'music',
  Dara: 'gardening',
};

test('24 participants answer, the facilitator matches them by theme in groups of the chosen size, moves one person, publishes, and people see their groups', async ({
  relay,
  newDevice,
}) => {
  test.setTimeout(300_000);
  const session = await relay.createSession('Learning wishes');
  const facilitator = await newDevice({ viewport: { width: 1280, height: 1000 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await startStep(facilitator, 'Share');
  await facilitator.getByLabel('Question for participants').fill('What would you like to learn or improve?');
  await facilitator.getByRole('button', { name: 'Ask this question' }).click();

  const phones = new Map<string, Page>();
  const phoneOf = (name: string) => {
    const page = phones.get(name);
    if (!page) throw new Error(`no phone for ${name}`);
    return page;
  };
  for (const [name, theme] of Object.entries(BROWSER_PEOPLE)) {
    const phone = await newDevice({ phone: true, baseURL: relay.url });
    await phone.goto(`/j/${session.code}`);
    await phone.getByLabel('Your name').fill(name);
    await phone.getByRole('button', { name: 'Join' }).click();
    await phone.getByLabel('Your answer').fill(THEMES[theme][0] ?? '');
    await phone.getByRole('button', { name: 'Publish answer' }).click();
    await expect(phone.getByRole('heading', { name: 'Your answer' })).toBeVisible();
    phones.set(name, phone);
  }
  const others = (Object.keys(THEMES) as Theme[]).flatMap((theme) =>
    THEMES[theme].slice(1).map((answer, index) => ({ name: `${theme} ${index + 1}`, answer, theme })),
  );
  await answerFromNode(relay.url, session.code, others);
  await expect(facilitator.getByTestId('answer-count')).toHaveText('24 answers');

  await startStep(facilitator, 'Match');
  await expect(facilitator.getByTestId('match-answered')).toHaveText(
    '24 of 24 people answered the chosen questions',
  );
  await facilitator.getByLabel(/^Answers to “What would you like/).fill('2');
  await facilitator.getByLabel('Tags of these answers').fill('0');
  // Groups of exactly 6: four groups, where the default sizes (3 to 6, aiming for 5) would make five.
  await setGroupSizes(facilitator, 4, 6, 6);
  await facilitator.getByRole('button', { name: 'Match by answers' }).click();
  const cards = facilitator.getByTestId('group-card');
  await expect(cards.first()).toBeVisible();
  await expect(facilitator.getByText(/Grouped in \d+ ms on this device/)).toBeVisible();
  await expect(facilitator.getByTestId('group-member')).toHaveCount(24);
  await expect(cards).toHaveCount(4);
  for (let index = 0; index < 4; index++) {
    await expect(cards.nth(index).getByTestId('group-member')).toHaveCount(6);
  }
  await expect(facilitator.locator('.group-card-warning')).toHaveCount(0);
  const groupCount = await cards.count();

  const themeOf = (name: string) => (name in BROWSER_PEOPLE ? BROWSER_PEOPLE[name] : name.split(' ')[0]);
  let pure = 0;
  for (let index = 0; index < groupCount; index++) {
    const names = await cards.nth(index).locator('.member-name').allTextContents();
    if (new Set(names.map(themeOf)).size === 1) pure++;
  }
  expect(pure, 'most groups hold one theme').toBeGreaterThanOrEqual(groupCount - 1);
  await checkAccessibility(facilitator, 'facilitator match');

  const anaCard = cards.filter({ has: facilitator.locator('.member-name', { hasText: /^Ana$/ }) });
  const anaGroup = await anaCard.locator('h3').textContent();
  const target = anaGroup?.startsWith('Group 1') ? 'Group 2' : 'Group 1';
  await facilitator.getByLabel('Move Ana to').selectOption({ label: target });
  const targetCard = cards.filter({
    has: facilitator.locator('h3', { hasText: new RegExp(`^${target}\\b`) }),
  });
  await expect(targetCard.locator('.member-name', { hasText: /^Ana$/ })).toBeVisible();
  await expect(targetCard.locator('.group-size')).toHaveText('7 people — groups should have 4 to 6 people');
  await expect(facilitator.locator('.group-card-warning')).toHaveCount(1);
  await startStep(facilitator, 'Share');
  await startStep(facilitator, 'Match');
  // With groups on the board, the board comes first and the settings fold away.
  await facilitator.getByText('Settings: what to match on').click();
  await expect(
    facilitator.getByRole('group', { name: 'People per group' }).getByLabel('Minimum'),
  ).toHaveValue('4');
  await expect(facilitator.getByLabel(/^Answers to “What would you like/)).toHaveValue('2');
  await expect(facilitator.locator('.group-card-warning')).toHaveCount(1);
  await facilitator.getByRole('button', { name: 'Publish groups' }).click();
  await expect(facilitator.getByText('Groups are published')).toBeVisible();

  for (const [name, phone] of phones) {
    const ownGroup = phone.getByTestId('own-group');
    await expect(ownGroup).toBeVisible();
    await expect(ownGroup.getByText(`${name} (you)`)).toBeVisible();
  }
  await expect(
    phoneOf('Ana').getByRole('heading', { name: new RegExp(`Your group: group ${target.split(' ')[1]}`) }),
  ).toBeVisible();
  const benCard = cards.filter({ has: facilitator.locator('.member-name', { hasText: /^Ben$/ }) });
  for (const member of await benCard.locator('.member-name').allTextContents()) {
    await expect(
      phoneOf('Ben')
        .getByTestId('own-group')
        .getByText(member === 'Ben' ? 'Ben (you)' : member, {
          exact: true,
        }),
    ).toBeVisible();
  }
  await checkAccessibility(phoneOf('Cleo'), 'participant group');

  // A move after publishing is a change the phones do not show yet, until it is published in turn.
  const home = anaGroup?.match(/^Group (\d+)/)?.[1] ?? '';
  await facilitator.getByLabel('Move Ana to').selectOption({ label: `Group ${home}` });
  await expect(facilitator.getByText('1 change not published')).toBeVisible();
  await expect(facilitator.getByText('Groups are published')).toHaveCount(0);
  await expect(
    phoneOf('Ana').getByRole('heading', { name: new RegExp(`Your group: group ${target.split(' ')[1]}`) }),
  ).toBeVisible();
  await facilitator.getByRole('button', { name: 'Publish changes' }).click();
  await expect(facilitator.getByText('Groups are published')).toBeVisible();
  await expect(facilitator.getByRole('button', { name: 'Publish changes' })).toHaveCount(0);
  await expect(
    phoneOf('Ana').getByRole('heading', { name: new RegExp(`Your group: group ${home}\\b`) }),
  ).toBeVisible();
});

test('matching on a profile field as well puts people of one organisation together, with those who did not answer', async ({
  relay,
  newDevice,
}) => {
  test.setTimeout(180_000);
  const session = await relay.createSession('Criteria');
  const facilitator = await newDevice({ viewport: { width: 1280, height: 1000 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await startStep(facilitator, 'Mix');
  await facilitator.getByLabel('Organisation type').check();
  await startStep(facilitator, 'Share');
  await facilitator.getByLabel('Question for participants').fill('What would you like to learn?');
  await facilitator.getByRole('button', { name: 'Ask this question' }).click();

  // Half of each organisation answers, on themes that cut across organisations; the other half does not answer.
  const answers = [
    THEMES.cycling[1],
    THEMES.cooking[1],
    THEMES.cycling[2],
    THEMES.cycling[3],
    THEMES.cooking[2],
  ];
  await answerFromNode(
    relay.url,
    session.code,
    ['Company', 'Education'].flatMap((organisation, group) =>
      Array.from({ length: 6 }, (_, index) => ({
        name: `${organisation} ${index + 1}`,
        profile: { organisation },
        ...(index < 3 ? { answer: answers[(group * 3 + index) % answers.length] ?? '' } : {}),
      })),
    ),
  );
  await expect(facilitator.getByTestId('participant-count')).toHaveText('12 participants');

  await startStep(facilitator, 'Match');
  await expect(facilitator.getByTestId('match-answered')).toHaveText(
    '6 of 12 people answered the chosen questions',
  );
  await facilitator.getByLabel('Profile: Organisation type').fill('2');
  await setGroupSizes(facilitator, 3, 6, 6);
  await checkAccessibility(facilitator, 'facilitator match settings');

  // The settings belong to the session: a second facilitator device forms the same groups.
  const laptop = await newDevice({ viewport: { width: 1280, height: 1000 }, baseURL: relay.url });
  await laptop.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await laptop
    .getByRole('navigation', { name: 'Session steps' })
    .getByRole('button', { name: 'Match' })
    .click();
  const laptopSizes = laptop.getByRole('group', { name: 'People per group' });
  await expect(laptopSizes.getByLabel('Minimum')).toHaveValue('3');
  await expect(laptopSizes.getByLabel('Target')).toHaveValue('6');
  await expect(laptopSizes.getByLabel('Maximum')).toHaveValue('6');
  await expect(laptop.getByLabel('Profile: Organisation type')).toHaveValue('2');
  await laptopSizes.getByLabel('Minimum').fill('2');
  await expect(
    facilitator.getByRole('group', { name: 'People per group' }).getByLabel('Minimum'),
  ).toHaveValue('2');
  await laptopSizes.getByLabel('Minimum').fill('3');
  await expect(
    facilitator.getByRole('group', { name: 'People per group' }).getByLabel('Minimum'),
  ).toHaveValue('3');
  await laptop.close();
  await facilitator.getByRole('button', { name: 'Match by answers' }).click();

  await expectGroupsByOrganisation(facilitator, 2, 6);
  await expect(facilitator.locator('.group-card-warning')).toHaveCount(0);
});

test('with no question asked, the facilitator matches people on a profile field alone', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Profiles only');
  const facilitator = await newDevice({ viewport: { width: 1280, height: 1000 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await startStep(facilitator, 'Mix');
  await facilitator.getByLabel('Organisation type').check();
  await answerFromNode(
    relay.url,
    session.code,
    ['Company', 'Education'].flatMap((organisation) =>
      Array.from({ length: 6 }, (_, index) => ({
        name: `${organisation} ${index + 1}`,
        profile: { organisation },
      })),
    ),
  );
  await expect(facilitator.getByTestId('participant-count')).toHaveText('12 participants');

  await startStep(facilitator, 'Match');
  const hint = facilitator.getByTestId('match-answered');
  await expect(hint).toHaveText('Nothing to match on: give a question or a profile field a weight above 0.');
  await expect(facilitator.getByRole('button', { name: 'Match by answers' })).toBeDisabled();
  await facilitator.getByLabel('Profile: Organisation type').fill('2');
  await expect(hint).toHaveText('No answers to match on: groups will follow the weighted profile fields.');
  await setGroupSizes(facilitator, 3, 6, 6);
  await expect(facilitator.getByTestId('group-plan').first()).toHaveText(
    '12 participants: these sizes give 2 groups of 6 people.',
  );
  await facilitator.getByRole('button', { name: 'Match by profile' }).click();

  await expectGroupsByOrganisation(facilitator, 2, 6);
  await checkAccessibility(facilitator, 'facilitator match on profiles');

  // A group keeps its number, name and place when the facilitator groups again.
  const first = facilitator.getByTestId('group-card').first();
  const organisation = (await first.locator('.member-name').first().textContent())?.split(' ')[0] ?? '';
  await first.getByRole('button', { name: 'Name or place Group 1' }).click();
  await first.getByLabel('Group name').fill('Pioneers');
  await first.getByLabel('Table or place').fill('Table 4');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('heading', { name: 'Group 1 · Pioneers' })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Regroup (locked people stay)' }).click();
  await expectGroupsByOrganisation(facilitator, 2, 6);
  await expect(first.getByRole('heading', { name: 'Group 1 · Pioneers' })).toBeVisible();
  await expect(first.getByText('Meets at: Table 4')).toBeVisible();
  await expect(first.locator('.member-name').first()).toHaveText(new RegExp(`^${organisation} `));
});
