import { asParticipantId, openClassCommands, readClassesFor } from '@peerloom/session-model';
import type { Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { cutSyncSockets } from '../fixtures/cutSyncSockets.ts';
import { expectTapTargets } from '../fixtures/expectTapTargets.ts';
import { openFacilitatorFromNode, until } from '../fixtures/facilitatorFromNode.ts';
import { holdSyncSockets } from '../fixtures/holdSyncSockets.ts';
import { joinSession } from '../fixtures/joinPhone.ts';
import { expect as baseExpect, test } from '../fixtures/test.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const NAMES = ['Ada', 'Bao', 'Chloé', 'Dev', 'Emma', 'Femi'];
const SHOTS = process.env.SHOTS_DIR;

const roundCard = (page: Page, number: number) =>
  page.getByTestId('round-card').filter({ has: page.getByRole('heading', { name: `Round ${number}` }) });
const badge = (page: Page) => page.locator('output[data-connection]');

test('six phones take the two seats of one class at the same moment, one offline: every device agrees, the others choose again', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Mini classes');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  try {
    const phones: Page[] = [];
    const holds = [];
    for (const name of NAMES.slice(0, 5)) {
      const phone = await newDevice({ phone: true, baseURL: relay.url });
      holds.push(await holdSyncSockets(phone));
      await joinSession(phone, session.code, name);
      phones.push(phone);
    }
    const offline = await newDevice({ phone: true, baseURL: relay.url });
    const cutter = await cutSyncSockets(offline);
    await joinSession(offline, session.code, NAMES[5] as string);
    phones.push(offline);
    await until(() => facilitator.store.getSnapshot().roster.length === 6, 'six people on the roster');

    // Seeded as the facilitator's device would: two small groups teach in round 2, the six attend it.
    const six = NAMES.map((name) => facilitator.participantId(name));
    const { store } = facilitator;
    store.commands.saveGrouping('thematic', null, [
      { label: ['cycling'], members: ['teacher-1', 'teacher-2'] },
      { label: ['gardens'], members: ['teacher-3', 'teacher-4'] },
      { label: ['music'], members: six },
    ]);
    store.commands.publishGrouping('thematic');
    store.commands.startProductions();
    const classes = openClassCommands({ ...facilitator.documents, actor: { role: 'facilitator' } });
    const productionOf = (member: string) =>
      store
        .getSnapshot()
        .productions.find((production) => production.members.includes(asParticipantId(member)));
    classes.proposeClassSchedule({
      rounds: 2,
      startsAt: Date.now(),
      roundMinutes: 15,
      titles: {
        [productionOf('teacher-1')?.id ?? '']: 'Safer cycling',
        [productionOf('teacher-3')?.id ?? '']: 'School gardens',
      },
    });
    const read = () => readClassesFor(facilitator.documents, store.getSnapshot());
    const round = read().rounds.find((candidate) => candidate.classes.length === 2);
    const cycling = round?.classes.find((entry) => entry.title === 'Safer cycling');
    const gardens = round?.classes.find((entry) => entry.title === 'School gardens');
    if (!round || !cycling || !gardens) throw new Error('the schedule has no round with both classes');
    expect(round.number).toBe(2);
    classes.setClassDetails(cycling.id, { capacity: 2, place: 'Room A' });
    classes.setClassDetails(gardens.id, { capacity: 6, place: 'Garden' });
    classes.publishSchedule();
    store.commands.setPhase('teach');
    await facilitator.saved();

    for (const phone of phones) {
      await expect(roundCard(phone, 1).getByTestId('you-teach')).toBeVisible();
      await expect(
        roundCard(phone, 2).getByRole('button', { name: 'Sign up for Safer cycling' }),
      ).toBeEnabled();
    }
    if (SHOTS) await phones[0]?.screenshot({ path: `${SHOTS}/phone-before.png`, fullPage: true });

    // The same moment: no phone sees another's sign-up before tapping; the sixth phone is offline.
    cutter.cut();
    await expect(badge(offline)).toHaveText(/Offline/);
    for (const hold of holds) hold.hold();
    await Promise.all(
      phones.map((phone) =>
        roundCard(phone, 2).getByRole('button', { name: 'Sign up for Safer cycling' }).click(),
      ),
    );
    for (const phone of phones) {
      await expect(roundCard(phone, 2).getByTestId('round-status')).toHaveText('Your class: Safer cycling');
    }
    for (const hold of holds) hold.release();
    cutter.restore();
    await expect(badge(offline)).toHaveText(/Saved on the server/);

    // Every device now agrees: two seats, the same two people; the four others are told at once.
    await until(() => read().choices.length === 6, 'six sign-ups on the facilitator’s device');
    const seated = () =>
      read()
        .rounds[1]?.classes.find((entry) => entry.id === cycling.id)
        ?.attendees.map(String) ?? [];
    expect(seated()).toHaveLength(2);
    const winners = new Set(seated());
    for (const [index, phone] of phones.entries()) {
      const card = roundCard(phone, 2);
      await expect(
        card.getByTestId('class-row').filter({ hasText: 'Safer cycling' }).getByTestId('seats-left'),
      ).toHaveText('Full');
      if (winners.has(six[index] as string)) {
        await expect(card.getByTestId('round-status')).toHaveText('Your class: Safer cycling');
        await expect(phone.getByTestId('lost-seat')).toHaveCount(0);
      } else {
        await expect(phone.getByTestId('lost-seat')).toContainText(
          'You lost your seat in “Safer cycling” (round 2): someone took it at the same moment.',
        );
        await expect(card.getByTestId('round-status')).toHaveText(
          'You have not chosen a class for this round.',
        );
      }
    }
    const losers = phones.filter((_, index) => !winners.has(six[index] as string));
    if (SHOTS) await losers[0]?.screenshot({ path: `${SHOTS}/phone-lost-seat.png`, fullPage: true });
    await checkAccessibility(losers[0] as Page, 'mini classes with a lost seat');
    await expectTapTargets(losers[0] as Page, 'mini classes with a lost seat');

    // The others choose again from the notice; nobody ends up in two places.
    for (const phone of losers) {
      await phone
        .getByTestId('lost-seat')
        .getByRole('button', { name: 'Sign up for School gardens' })
        .click();
      await expect(roundCard(phone, 2).getByTestId('round-status')).toHaveText('Your class: School gardens');
      await expect(phone.getByTestId('lost-seat')).toHaveCount(0);
    }
    await until(
      () => (read().rounds[1]?.classes.find((entry) => entry.id === gardens.id)?.attendees.length ?? 0) === 4,
      'four people in School gardens',
    );
    expect(new Set(seated())).toEqual(winners);
    const everyone = read().rounds.flatMap((entry) =>
      entry.classes.flatMap((item) => [...item.attendees, ...item.teachers].map((id) => `${entry.id}/${id}`)),
    );
    expect(new Set(everyone).size).toBe(everyone.length);
    expect(read().lostSeats).toEqual([]);
    for (const phone of phones) {
      await expect(
        roundCard(phone, 2)
          .getByTestId('class-row')
          .filter({ hasText: 'School gardens' })
          .getByTestId('seats-left'),
      ).toHaveText('2 seats left');
    }
    // The facilitator starts round 2: its timer runs on every phone.
    classes.startRound(round.id);
    for (const [index, phone] of phones.entries()) {
      await expect(phone.getByTestId('round-countdown')).toContainText('Round 2');
      await expect(phone.getByTestId('now-banner')).toContainText(
        winners.has(six[index] as string)
          ? 'Go to “Safer cycling” · Room A'
          : 'Go to “School gardens” · Garden',
      );
    }
    if (SHOTS) await phones[5]?.screenshot({ path: `${SHOTS}/phone-390-round.png` });
  } finally {
    await facilitator.close();
  }
});
