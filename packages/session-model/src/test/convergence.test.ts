import { createPeerNetwork, seedFromEnvironment } from '@peerloom/test-kit';
import { describe, expect, it } from 'vitest';
import { createSessionStore, type SessionStore } from '../createSessionStore.ts';
import { asParticipantId, asSessionId } from '../schema/ids.ts';
import { expectPeersAgree } from './expectPeersAgree.ts';

const PARTICIPANTS = 6;

describe('convergence with seeded random delivery', () => {
  for (const seed of [1, 2, 3, seedFromEnvironment()]) {
    it(`every peer reads the same session (seed ${seed})`, () => {
      // Peer 0 is the facilitator; the network drops others' control writes, as the relay does.
      const network = createPeerNetwork({
        peers: PARTICIPANTS + 1,
        docNames: ['control', 'room'],
        seed,
        accepts: (from, docName) => docName !== 'control' || from === 0,
      });
      const stores: SessionStore[] = network.peers.map((peer) =>
        createSessionStore({
          control: peer.doc('control'),
          room: peer.doc('room'),
          actor:
            peer.index === 0
              ? { role: 'facilitator' }
              : { role: 'participant', participantId: asParticipantId(`p${peer.index}`) },
          now: () => 1_000 + peer.index,
        }),
      );
      const [facilitator, ...participants] = stores as [SessionStore, ...SessionStore[]];
      facilitator.commands.seedSession({
        sessionId: asSessionId('s'),
        title: 'T',
        language: 'en',
        joinCode: 'ABCDEF',
      });
      const question = facilitator.commands.addQuestion('Why?');
      network.deliverSome();

      for (const [index, store] of participants.entries()) {
        store.commands.joinRoster(`Person ${index}`);
        network.deliverSome();
        store.commands.submitAnswer(question, { text: `first ${index}` });
        if (network.random.next() < 0.5) store.commands.submitAnswer(question, { text: `edited ${index}` });
        if (network.random.next() < 0.2) store.commands.withdrawAnswer(question);
        network.deliverSome();
      }
      facilitator.commands.setPhase('share');
      network.deliverAll();

      expectPeersAgree(network, seed);
      const snapshot = facilitator.getSnapshot();
      expect(snapshot.roster).toHaveLength(PARTICIPANTS);
      expect(snapshot.phase).toBe('share');
      for (const answer of snapshot.answers) expect(answer.authorName).not.toBe('');
    });
  }
});
