import type { PeerNetwork } from '@peerloom/test-kit';
import { createSessionStore, type SessionStore } from '../createSessionStore.ts';
import { asParticipantId, asSessionId } from '../schema/ids.ts';

/** A session store on every peer of `network`: peer 0 the facilitator, peer i the participant `pi`; `now` their clock. */
export function openPeerStores(network: PeerNetwork, now: () => number) {
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
  return { documentsOf, stores };
}

/**
 * A seeded session on every peer of `network` (`openPeerStores`), each participant on the roster as "Person i" once
 * everything is delivered.
 */
export function openPeerSession(network: PeerNetwork, now: () => number) {
  const { documentsOf, stores } = openPeerStores(network, now);
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
