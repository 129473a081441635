import { answerFromNode } from '../fixtures/answerFromNode.ts';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { fillMixRoom } from '../fixtures/fillMixRoom.ts';
import { startStep } from '../fixtures/startStep.ts';
import { expect, test } from '../fixtures/test.ts';

// Each journey drives several browsers and a relay; on a loaded machine (the suite beside bench:relay on two
// shared cores) one takes minutes, though every wait is on an event or a locator.
test.describe.configure({ timeout: 240_000 });

test('the facilitator asks a profile question, participants answer it, and diverse groups mix the answers', async ({
  relay,
  newDevice,
}) => {
  test.setTimeout(180_000);
  const session = await relay.createSession('Mixing');
  const facilitator = await newDevice({ viewport: { width: 1280, height: 1000 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await startStep(facilitator, 'Mix');
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

  const sizes = facilitator.getByRole('group', { name: 'People per group' });
  const sizeErrors = sizes.getByTestId('size-errors');
  const form = facilitator.getByRole('button', { name: 'Form diverse groups' });
  await expect(sizeErrors).toHaveRole('status');
  // Clearing a field to type another number is not a mistake yet: nothing is shown until the field is left.
  await sizes.getByLabel('Minimum').fill('');
  await expect(form).toBeDisabled();
  await expect(sizeErrors).toBeEmpty();
  await expect(sizes.getByLabel('Minimum')).toHaveAttribute('aria-invalid', 'false');
  await sizes.getByLabel('Minimum').blur();
  await expect(sizeErrors).toHaveText('Minimum: enter a whole number of people, such as 4.');
  await sizes.getByLabel('Minimum').fill('3');
  await expect(sizeErrors).toBeEmpty();
  await sizes.getByLabel('Maximum').fill('2');
  await expect(sizeErrors).toBeEmpty();
  await sizes.getByLabel('Maximum').blur();
  await expect(sizeErrors).toHaveText('Maximum: it can’t be smaller than the target.');
  await expect(facilitator.getByRole('alert')).toHaveCount(0);
  await expect(sizes.getByLabel('Maximum')).toHaveValue('2');
  await expect(sizes.getByLabel('Maximum')).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toBeDisabled();
  // Groups of 3: four of them, where the default sizes (3 to 6, aiming for 5) would make two of 6.
  await sizes.getByLabel('Minimum').fill('2');
  await sizes.getByLabel('Target').fill('3');
  await sizes.getByLabel('Maximum').fill('3');
  await sizes.getByLabel('Maximum').blur();
  await expect(sizeErrors).toBeEmpty();
  await form.click();
  const ratio = facilitator.getByText(
    /^Diversity: [\d.]+ × a random grouping \(at most [\d.]+ × is possible/,
  );
  await expect(ratio).toBeVisible();
  await expect(facilitator.getByRole('meter', { name: 'Organisation type' })).toBeVisible();
  const cards = facilitator.getByTestId('group-card');
  await expect(facilitator.getByTestId('group-member')).toHaveCount(12);
  await expect(cards).toHaveCount(4);
  for (let index = 0; index < 4; index++) {
    await expect(cards.nth(index).getByTestId('group-member')).toHaveCount(3);
  }
  await expect(facilitator.locator('.group-card-warning')).toHaveCount(0);
  await checkAccessibility(facilitator, 'facilitator mix');

  // The figures describe the groups on the board: a move changes them, moving back restores them.
  const organisationOf = (name: string) =>
    name === 'Ines' ? 'Education' : kinds[(Number(name.replace('Person ', '')) - 1) % 4];
  const names = await Promise.all(
    Array.from({ length: 4 }, (_, index) => cards.nth(index).locator('.member-name').allTextContents()),
  );
  const move = names
    .flatMap((members, from) =>
      members.map((name) => ({
        name,
        from,
        to: names.findIndex(
          (others, to) =>
            to !== from && others.some((other) => organisationOf(other) === organisationOf(name)),
        ),
      })),
    )
    .find(({ to }) => to >= 0);
  if (!move) throw new Error(`no one to move into a group with their organisation: ${JSON.stringify(names)}`);
  const before = await ratio.textContent();
  await facilitator.getByLabel(`Move ${move.name} to`).selectOption({ label: `Group ${move.to + 1}` });
  await expect(cards.nth(move.to).getByTestId('group-member')).toHaveCount(4);
  await expect(ratio).not.toHaveText(before ?? '');
  await facilitator.getByLabel(`Move ${move.name} to`).selectOption({ label: `Group ${move.from + 1}` });
  await expect(cards.nth(move.from).getByTestId('group-member')).toHaveCount(3);
  await expect(ratio).toHaveText(before ?? '');
  await facilitator.reload();
  await expect(ratio).toHaveText(before ?? '');
  await expect(facilitator.getByRole('meter', { name: 'Organisation type' })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Publish groups' }).click();
  await expect(phone.getByTestId('own-group').getByText('Ines (you)')).toBeVisible();

  // A late joiner is in no group: the facilitator is told and places them by hand, then they see their group.
  const late = await newDevice({ phone: true, baseURL: relay.url });
  await late.goto(`/j/${session.code}`);
  await late.getByLabel('Your name').fill('Zoe');
  await late.getByRole('button', { name: 'Join' }).click();
  await expect(late.getByText('the facilitator sees you arrived')).toBeVisible();
  await expect(facilitator.getByText('1 person joined after the groups were formed')).toBeVisible();
  const tray = facilitator.getByTestId('unplaced-tray');
  await expect(tray.getByText('Zoe', { exact: true })).toBeVisible();
  await checkAccessibility(facilitator, 'facilitator mix with a late joiner');
  await facilitator.getByLabel('Move Zoe to').selectOption({ label: 'Group 2' });
  await expect(tray).toHaveCount(0);
  await expect(cards.nth(1).locator('.member-name', { hasText: /^Zoe$/ })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Publish changes' }).click();
  await expect(late.getByTestId('own-group').getByText('Zoe (you)')).toBeVisible();
  await expect(late.getByRole('heading', { name: /Your group: group 2/ })).toBeVisible();
});

test('after a reload, the diversity figures show while the NLP model is still loading (they need none)', async ({
  relay,
  browser,
}) => {
  const session = await relay.createSession('Mixing after a reload');
  // No service worker: it would serve the model from its cache, out of reach of the route below.
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    baseURL: relay.url,
    serviceWorkers: 'block',
  });
  const facilitator = await context.newPage();
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await fillMixRoom(facilitator, relay.url, session, 8);
  await facilitator.getByRole('button', { name: 'Form diverse groups' }).click();
  const ratio = facilitator.getByText(/^Diversity: [\d.]+ × a random grouping/);
  await expect(ratio).toBeVisible();
  const before = await ratio.textContent();

  // Hold back whichever script carries wink's model (found by its content, not by a file name) until the end.
  let releaseModel = () => {};
  const modelHeld = new Promise<void>((resolve) => {
    releaseModel = resolve;
  });
  let modelRequests = 0;
  await context.route(/\/assets\/[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('lexemeCID')) {
      modelRequests++;
      await modelHeld;
    }
    await route.fulfill({ response, body });
  });
  try {
    await facilitator.reload();
    await expect.poll(() => modelRequests, { message: 'the model is requested after the reload' }).toBe(1);
    await expect(ratio).toHaveText(before ?? '');
    await expect(facilitator.getByRole('meter', { name: 'Organisation type' })).toBeVisible();
  } finally {
    releaseModel();
  }
  await context.close();
});

test('French presets: a French session’s profile questions reach phones in French, numbers within bounds', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Atelier', 'fr');
  const facilitator = await newDevice({
    viewport: { width: 1024, height: 768 },
    locale: 'fr-FR',
    baseURL: relay.url,
  });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await facilitator
    .getByRole('navigation', { name: 'Étapes de la session' })
    .getByRole('button', { name: 'Mélange' })
    .click();
  await facilitator.getByRole('button', { name: 'Lancer Mélange pour tout le monde' }).click();
  await facilitator.getByLabel('Années d’expérience (de 0 à 60)').check();
  await facilitator.getByLabel('Genre').check();
  await expect(facilitator.getByLabel('Genre')).toBeChecked();

  // A question of the facilitator's own: its bounds must be in order.
  await facilitator.getByLabel('Votre propre question').fill('Nombre de projets menés');
  await facilitator.getByLabel('Type de réponse').selectOption('number');
  await facilitator.getByLabel('Plus petit nombre').fill('10');
  await facilitator.getByLabel('Plus grand nombre').fill('5');
  await facilitator.getByRole('button', { name: 'Ajouter la question' }).click();
  await expect(facilitator.getByText('Donnez le plus petit et le plus grand nombre')).toBeVisible();
  await facilitator.getByLabel('Plus petit nombre').fill('0');
  await facilitator.getByRole('button', { name: 'Ajouter la question' }).click();
  await expect(facilitator.getByLabel('Nombre de projets menés (de 0 à 5)')).toBeChecked();

  const phone = await newDevice({ phone: true, locale: 'fr-FR', baseURL: relay.url });
  await phone.goto(`/j/${session.code}`);
  await phone.getByLabel('Votre nom').fill('Inès');
  await phone.getByRole('button', { name: 'Rejoindre' }).click();
  const gender = phone.getByLabel('Genre');
  await expect(gender.locator('option')).toHaveText([
    'Je préfère ne pas répondre',
    'Femme',
    'Homme',
    'Non binaire',
  ]);
  await gender.selectOption('Femme');
  const years = phone.getByLabel('Années d’expérience');
  await expect(years).toHaveAccessibleDescription('Un nombre de 0 à 60');
  await years.fill('-3');
  await phone.getByLabel('Nombre de projets menés').fill('4');
  await phone.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(phone.getByText('Années d’expérience : entrez un nombre de 0 à 60.')).toBeVisible();
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await expect(years).toBeFocused();
  await checkAccessibility(phone, 'participant profile with a wrong number (French)');
  await years.fill('12');
  await phone.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(phone.getByText('Merci, votre profil est enregistré.')).toBeVisible();
  await expect(facilitator.getByText('1 participants sur 1 ont rempli leur profil')).toBeVisible();
});
