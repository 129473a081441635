import { createPeerNetwork, seedFromEnvironment } from '@peerloom/test-kit';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readClassesFor } from '../classes/readClassesFor.ts';
import { openClassCommands } from '../openClassCommands.ts';
import { readSnapshot } from '../readSnapshot.ts';
import { asParticipantId } from '../schema/ids.ts';
import { attemptCommand } from './attemptCommand.ts';
import { openPeerSession } from './openPeerSession.ts';

const PARTICIPANTS = 12;
const OFFLINE = 12;

describe('class sign-ups converge with seeded random delivery and an offline peer', () => {
  for (const seed of [1, 2, 3, seedFromEnvironment()]) {
    it(`every peer seats the same people, nobody twice in a round (seed ${seed})`, () => {
      let offline = false;
      const network = createPeerNetwork({
        peers: PARTICIPANTS + 1,
        docNames: ['control', 'room'],
        seed,
        accepts: (from, docName) => (docName !== 'control' || from === 0) && !(offline && from === OFFLINE),
      });
      let clock = 1_000;
      const { documentsOf, stores, facilitator, participants } = openPeerSession(network, () => clock);
      const commands = stores.map((store, index) =>
        openClassCommands({ ...documentsOf(index), actor: store.actor, now: () => clock }),
      );
      const ids = participants.map((_, index) => `p${index + 1}`);
      facilitator.commands.saveGrouping('thematic', null, [
        { label: [], members: ids.slice(0, 4) },
        { label: [], members: ids.slice(4, 8) },
        { label: [], members: ids.slice(8, 12) },
      ]);
      facilitator.commands.publishGrouping('thematic');
      facilitator.commands.startProductions();
      commands[0]?.proposeClassSchedule({ rounds: 3, startsAt: 0, roundMinutes: 10 });
      const classesOf = (index: number) =>
        readClassesFor(documentsOf(index), readSnapshot(documentsOf(index).control, documentsOf(index).room));
      // A class the offline phone may attend gets two seats; everyone not teaching then wants it at the same moment.
      const round = classesOf(0).rounds.find(
        (candidate) =>
          !candidate.classes.some((entry) => entry.teachers.includes(asParticipantId(`p${OFFLINE}`))),
      );
      const target = round?.classes[0];
      if (!round || !target) throw new Error('no class');
      commands[0]?.setClassDetails(target.id, { capacity: 2 });
      commands[0]?.publishSchedule();
      network.deliverAll();

      offline = true;
      const random = network.random;
      const teaching = new Set(round.classes.flatMap((entry) => entry.teachers as readonly string[]));
      const wanting = ids.map((_, index) => index + 1).filter((index) => !teaching.has(`p${index}`));
      // The offline phone first, then the others in a seeded order; each signs up while its own view shows a seat.
      wanting.sort((a, b) => Number(b === OFFLINE) - Number(a === OFFLINE) || random.next() - 0.5);
      clock = 50_000;
      for (const index of wanting) {
        // The offline phone chose a little earlier than some of the others, by its own (server) clock.
        clock = 50_000 + random.integer(20);
        attemptCommand(() => commands[index]?.signUp(target.id));
        network.deliverSome();
      }
      // A few change their mind, cancel or pick other rounds, and the facilitator moves people, while messages travel.
      for (let step = 0; step < 20; step++) {
        const index = 1 + random.integer(PARTICIPANTS);
        const own = classesOf(index);
        const other = own.rounds.filter((entry) => entry.id !== round.id)[random.integer(2)];
        const pick = other?.classes[random.integer(other.classes.length)];
        clock += 1;
        const roll = random.next();
        if (roll < 0.2 && other && pick)
          attemptCommand(() => commands[0]?.moveParticipant(`p${index}`, other.id, pick.id));
        else if (roll < 0.35 && other) attemptCommand(() => commands[index]?.cancelSignUp(other.id));
        else if (pick) attemptCommand(() => commands[index]?.signUp(pick.id));
        network.deliverSome();
      }
      network.deliverAll();
      offline = false;
      // Reconnection: the offline phone and the relay exchange what each misses (sync step 2).
      const phone = documentsOf(OFFLINE);
      for (const peer of network.peers) {
        if (peer.index === OFFLINE) continue;
        for (const name of ['control', 'room'] as const) {
          const other = peer.doc(name);
          Y.applyUpdate(other, Y.encodeStateAsUpdate(phone[name], Y.encodeStateVector(other)), 'network');
          Y.applyUpdate(
            phone[name],
            Y.encodeStateAsUpdate(other, Y.encodeStateVector(phone[name])),
            'network',
          );
        }
      }
      network.deliverAll();

      const expected = JSON.stringify(classesOf(0));
      for (const peer of network.peers) {
        expect(
          JSON.stringify(classesOf(peer.index)),
          `peer ${peer.index} diverged; rerun with SEED=${seed}`,
        ).toBe(expected);
      }
      const outcome = classesOf(0);
      const seated = outcome.rounds.find((entry) => entry.id === round.id)?.classes[0]?.attendees ?? [];
      expect(seated, `rerun with SEED=${seed}`).toHaveLength(2);
      const lost = outcome.lostSeats.filter((loss) => loss.classId === target.id);
      const chose = outcome.choices.filter((choice) => choice.classId === target.id);
      expect(chose.length, `no contention; rerun with SEED=${seed}`).toBeGreaterThan(2);
      expect(chose.map((choice) => choice.participantId)).toContain(`p${OFFLINE}`);
      expect(lost.length + seated.length, `rerun with SEED=${seed}`).toBe(chose.length);
      expect(lost.every((loss) => loss.reason === 'full')).toBe(true);
      for (const entry of outcome.rounds) {
        const people = entry.classes.flatMap((item) => [...item.attendees, ...item.teachers]);
        expect(new Set(people).size, `someone is in two places; rerun with SEED=${seed}`).toBe(people.length);
      }
    });
  }
});
