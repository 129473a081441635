import { openClassCommands, readClassesFor } from '@peerloom/session-model';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { openFacilitatorFromNode, until } from '../fixtures/facilitatorFromNode.ts';
import { joinFromNode } from '../fixtures/joinFromNode.ts';
import { expect as baseExpect, test } from '../fixtures/test.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const TABLET = { width: 1024, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };
const SHOTS = process.env.SHOTS_DIR;

test('the facilitator proposes, adjusts, publishes and runs the classes on a tablet; the projector shows seats live', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Mini classes');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  const people = await Promise.all(
    ['Ada', 'Bao', 'Chloé'].map((name) => joinFromNode(relay.url, session.code, name)),
  );
  try {
    for (const [index, person] of people.entries())
      person.store.commands.joinRoster(['Ada', 'Bao', 'Chloé'][index] ?? '');
    // Inès joins late on a French phone: in no group, she attends every round.
    const ines = await newDevice({ phone: true, locale: 'fr-FR', baseURL: relay.url });
    await ines.goto(`/j/${session.code}`);
    await ines.getByLabel('Votre nom').fill('Inès');
    await ines.getByRole('button', { name: 'Rejoindre' }).click();
    await until(() => facilitator.store.getSnapshot().roster.length === 4, 'four people on the roster');
    const { store } = facilitator;
    const [ada, bao, chloe] = people.map((person) => person.participantId);
    store.commands.saveGrouping('thematic', null, [
      { label: ['cycling', 'safety'], members: [ada ?? '', 'teacher-1'] },
      { label: ['gardens', 'schools'], members: [bao ?? '', 'teacher-2'] },
      { label: ['music', 'choirs'], members: [chloe ?? '', 'teacher-3'] },
    ]);
    store.commands.publishGrouping('thematic');
    store.commands.startProductions();
    store.commands.setPhase('teach');
    await facilitator.saved();

    const tablet = await newDevice({ viewport: TABLET, baseURL: relay.url });
    await tablet.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
    await tablet.getByLabel('Rounds').selectOption('3');
    await tablet.getByRole('button', { name: 'Propose schedule' }).click();
    await expect(tablet.getByTestId('round-editor')).toHaveCount(3);
    await expect(tablet.getByTestId('schedule-state')).toHaveText(
      'Draft: participants do not see the classes yet.',
    );
    const firstRound = tablet.getByTestId('round-editor').first();
    await firstRound.getByLabel('Title', { exact: true }).fill('Safer cycling');
    await firstRound.getByLabel('Place', { exact: true }).fill('Room A');
    await firstRound.getByLabel('Seats', { exact: true }).fill('1');
    await firstRound.getByLabel('Seats', { exact: true }).blur();
    await tablet.getByRole('button', { name: 'Publish classes' }).click();
    await expect(tablet.getByTestId('schedule-state')).toHaveText(
      'Published: participants see the classes and sign up.',
    );
    await tablet.getByRole('button', { name: 'Start round 1' }).click();
    await expect(tablet.getByTestId('countdown-room')).toBeVisible();

    const projector = await newDevice({ viewport: PROJECTOR, baseURL: relay.url });
    await projector.goto(`/p/${session.sessionId}#v=${session.viewerToken}`);
    const cyclingTile = projector.getByTestId('projector-class').filter({ hasText: 'Safer cycling' });
    await expect(cyclingTile).toContainText('Room A');
    await expect(cyclingTile).toContainText('1 seat');
    await expect(projector.getByTestId('projector-round-countdown')).toContainText('Round 1');

    // Someone signs up from their phone: the tablet and the projector see the seat taken.
    const read = () => readClassesFor(facilitator.documents, store.getSnapshot());
    const cycling = read().rounds[0]?.classes[0];
    if (!cycling) throw new Error('no class');
    const attendee = people.find((person) => !cycling.teachers.includes(person.participantId as never));
    if (!attendee) throw new Error('no attendee');
    const attendeeCommands = openClassCommands({
      control: attendee.documents.control,
      room: attendee.documents.room,
      actor: attendee.store.actor,
    });
    await until(
      () => readClassesFor(attendee.documents, attendee.store.getSnapshot()).publishedAt !== null,
      'the schedule on the phone',
    );
    attendeeCommands.signUp(cycling.id);
    await expect(cyclingTile).toContainText('Full');
    await expect(firstRound.getByTestId('class-editor').first()).toContainText('1 / 1 seats taken');
    const inesRound = (number: number) =>
      ines.getByTestId('round-card').filter({ has: ines.getByRole('heading', { name: `Tour ${number}` }) });
    await expect(ines.getByRole('heading', { name: 'Mini-cours', level: 1 })).toBeVisible();
    await expect(ines.getByTestId('round-countdown')).toContainText('Tour 1');
    await expect(
      inesRound(1).getByTestId('class-row').filter({ hasText: 'Safer cycling' }).getByTestId('seats-left'),
    ).toHaveText('Complet');
    await expect(inesRound(1).getByRole('button', { name: 'S’inscrire à Safer cycling' })).toBeDisabled();
    await expect(inesRound(1).getByTestId('no-seats')).toHaveText(
      'Aucun cours de ce tour n’a de place libre. Prévenez l’animateur.',
    );
    await inesRound(2).getByRole('button', { name: 'Laisser l’appli choisir pour moi' }).click();
    await expect(inesRound(2).getByTestId('round-status')).toHaveText(/^Votre cours : /);
    await checkAccessibility(tablet, 'mini classes, facilitator');
    await checkAccessibility(projector, 'mini classes, projector');
    if (SHOTS) {
      await tablet.screenshot({ path: `${SHOTS}/facilitator-1024.png`, fullPage: true });
      await projector.screenshot({ path: `${SHOTS}/projector-1920.png` });
      await ines.screenshot({ path: `${SHOTS}/phone-390-fr.png`, fullPage: true });
    }

    // The facilitator moves that person to no class: the seat is free again everywhere.
    const name = store
      .getSnapshot()
      .roster.find((entry) => entry.participantId === attendee.participantId)?.name;
    await firstRound.getByLabel(`Move ${name}`).selectOption({ label: 'No class' });
    await expect(cyclingTile).toContainText('1 seat');
    await until(
      () => read().rounds[0]?.classes[0]?.attendees.length === 0,
      'the move on the facilitator’s model',
    );
    if (SHOTS) {
      await ines.setViewportSize(TABLET);
      await ines.screenshot({ path: `${SHOTS}/participant-1024-fr.png` });
    }
  } finally {
    for (const person of people) {
      person.store.destroy();
      await person.documents.destroy();
    }
    await facilitator.close();
  }
});
