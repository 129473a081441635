import { createPeerNetwork } from '@peerloom/test-kit';
import { CommandError } from '../schema/CommandError.ts';
import { asSessionId } from '../schema/ids.ts';
import { openPeerStores } from './openPeerSession.ts';

/**
 * A session on a network of peers with seeded random delivery: peer 0 is the facilitator (the only writer of
 * `control` the others accept), peers 1..N participants `p1`..`pN`; one clock that ticks for every command.
 */
export function createSessionNetwork(participants: number, seed: number) {
  const network = createPeerNetwork({
    peers: participants + 1,
    docNames: ['control', 'room'],
    seed,
    accepts: (from, docName) => docName !== 'control' || from === 0,
  });
  let clock = 1_000;
  const now = () => clock++;
  const { documentsOf, stores } = openPeerStores(network, now);
  /** The facilitator seeds the session, every participant joins the roster (`Person 0`…), all delivered. */
  const seedAndJoin = () => {
    const [facilitator, ...participants] = stores;
    facilitator?.commands.seedSession({
      sessionId: asSessionId('s'),
      title: 'T',
      language: 'en',
      joinCode: 'ABCDEF',
    });
    for (const [index, store] of participants.entries()) store.commands.joinRoster(`Person ${index}`);
    network.deliverAll();
  };
  /** One of `items`, drawn from the network's seeded randomness. */
  const pick = <T>(items: readonly T[]): T | undefined =>
    items[Math.floor(network.random.next() * items.length)];
  return { network, now, documentsOf, stores, pick, seedAndJoin };
}

/** Runs a command a person might try on a stale view; refusals are expected, anything else is a bug. */
export function attempt(command: () => void): void {
  try {
    command();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
  }
}
