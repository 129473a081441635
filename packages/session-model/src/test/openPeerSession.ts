import type { PeerNetwork } from '@peerloom/test-kit';
import { createSessionStore, type SessionStore } from '../createSessionStore.ts';
import { asParticipantId, asSessionId } from '../schema/ids.ts';

/**
 * A seeded session on every peer of `network`: peer 0 is the facilitator, peer i the participant `pi`, each on the
 * roster as "Person i" once everything is delivered. `now` is every store's clock.
 */
export function openPeerSession(network: PeerNetwork, now: () => number) {
  const documentsOf = (index: number) => {
    const peer = network.peers[index];
    if (!peer) throw new Error(`no peer ${index}`);
    return { control: peer.doc('control'), room: peer.doc('room') };
  };
  const stores: SessionStore[] = network.peers.map((peer) =>
    createSessionStore({
      ...documentsOf(peer.index),
      actor:
        peer.index === 0
          ? { role: 'facilitator' }
          : { role: 'participant', participantId: asParticipantId(`p${peer.index}`) },
      now,
    }),
  );
  const [facilitator, ...participants] = stores as [SessionStore, ...SessionStore[]];
  facilitator.commands.seedSession({
    sessionId: asSessionId('s'),
    title: 'T',
    language: 'en',
    joinCode: 'ABCDEF',
  });
  for (const [index, store] of participants.entries()) store.commands.joinRoster(`Person ${index + 1}`);
  network.deliverAll();
  return { documentsOf, stores, facilitator, participants };
}
