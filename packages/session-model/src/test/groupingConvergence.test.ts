import { createPeerNetwork, seedFromEnvironment } from '@peerloom/test-kit';
import { describe, expect, it } from 'vitest';
import { createSessionStore, type SessionStore } from '../createSessionStore.ts';
import { asParticipantId, asSessionId } from '../schema/ids.ts';
import type { GroupingKind } from '../schema/types.ts';
import { expectPeersAgree } from './expectPeersAgree.ts';

const PARTICIPANTS = 9;
const FACILITATORS = 2;

describe('groupings converge with two facilitator devices and seeded random delivery', () => {
  for (const seed of [1, 2, 3, 4, seedFromEnvironment()]) {
    it(`every peer reads the same groups, each person in exactly one (seed ${seed})`, () => {
      // Peers 0 and 1 are the facilitator's tablet and laptop; the network drops others' control writes.
      const network = createPeerNetwork({
        peers: FACILITATORS + PARTICIPANTS,
        docNames: ['control', 'room'],
        seed,
        accepts: (from, docName) => docName !== 'control' || from < FACILITATORS,
      });
      let clock = 1_000;
      const stores: SessionStore[] = network.peers.map((peer) =>
        createSessionStore({
          control: peer.doc('control'),
          room: peer.doc('room'),
          actor:
            peer.index < FACILITATORS
              ? { role: 'facilitator' }
              : { role: 'participant', participantId: asParticipantId(`p${peer.index}`) },
          now: () => clock++,
        }),
      );
      const facilitators = stores.slice(0, FACILITATORS);
      const participants = stores.slice(FACILITATORS);
      const [tablet, laptop] = facilitators as [SessionStore, SessionStore];
      tablet.commands.seedSession({
        sessionId: asSessionId('s'),
        title: 'T',
        language: 'en',
        joinCode: 'ABCDEF',
      });
      const question = tablet.commands.addQuestion('Why?');
      network.deliverAll();
      for (const [index, store] of participants.entries()) {
        store.commands.joinRoster(`Person ${index}`);
        store.commands.submitAnswer(question, { text: `answer ${index}` });
        network.deliverSome();
      }
      network.deliverAll();

      const ids = participants.map((_, index) => `p${index + FACILITATORS}`);
      const random = network.random;
      const shuffled = () => [...ids].sort(() => random.next() - 0.5);
      const draft = (members: string[]) =>
        [0, 1, 2].map((group) => ({
          label: [`theme ${group}`],
          members: members.filter((_, i) => i % 3 === group),
        }));
      // Both devices form and adjust groups at once, each on what it has received so far.
      tablet.commands.saveGrouping('thematic', question, draft(shuffled()));
      laptop.commands.saveGrouping('diverse', null, draft(shuffled()));
      network.deliverSome();
      laptop.commands.saveGrouping('thematic', question, draft(shuffled()));
      for (let step = 0; step < 12; step++) {
        const device = random.next() < 0.5 ? tablet : laptop;
        const kind: GroupingKind = random.next() < 0.5 ? 'thematic' : 'diverse';
        const groups = device.getSnapshot().groupings[kind]?.groups ?? [];
        const target = groups[Math.floor(random.next() * groups.length)];
        const person = ids[Math.floor(random.next() * ids.length)] ?? '';
        if (target && random.next() < 0.7) device.commands.moveMember(kind, person, target.id);
        else if (groups.length > 0) device.commands.publishGrouping(kind);
        if (random.next() < 0.5) network.deliverSome();
      }
      network.deliverAll();
      tablet.commands.publishGrouping('thematic');
      laptop.commands.publishGrouping('diverse');
      network.deliverAll();

      expectPeersAgree(network, seed);
      for (const kind of ['thematic', 'diverse'] as const) {
        for (const store of stores) {
          const published = store.getSnapshot().groupings[kind]?.published ?? [];
          const members = published.flatMap((group) => group.members);
          expect([...members].sort(), `${kind} on peer ${stores.indexOf(store)}; SEED=${seed}`).toEqual(
            [...ids].sort(),
          );
        }
      }
    });
  }
});
