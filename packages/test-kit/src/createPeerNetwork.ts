import * as Y from 'yjs';
import { createRandom } from './createRandom.ts';

interface InFlight {
  from: number;
  to: number;
  docName: string;
  update: Uint8Array;
}

export interface NetworkPeer {
  readonly index: number;
  doc(name: string): Y.Doc;
}

export interface PeerNetworkOptions {
  peers: number;
  docNames: readonly string[];
  seed: number;
  /** Like the relay's role check: return false to drop a peer's writes to a document. */
  accepts?: (from: number, docName: string) => boolean;
}

/**
 * N peers whose updates travel as messages delivered in a seeded random order, with random
 * partial flushes, so tests can check that every order of delivery converges.
 */
export function createPeerNetwork(options: PeerNetworkOptions) {
  const random = createRandom(options.seed);
  const queue: InFlight[] = [];
  const accepts = options.accepts ?? (() => true);
  const peers = Array.from({ length: options.peers }, (_, index) => {
    const docs = new Map(options.docNames.map((name) => [name, new Y.Doc()]));
    for (const [docName, doc] of docs) {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === 'network' || !accepts(index, docName)) return;
        for (let to = 0; to < options.peers; to++) {
          if (to !== index) queue.push({ from: index, to, docName, update });
        }
      });
    }
    const peer: NetworkPeer = {
      index,
      doc(name) {
        const doc = docs.get(name);
        if (!doc) throw new Error(`no document ${name}`);
        return doc;
      },
    };
    return peer;
  });

  const deliver = (message: InFlight) => {
    Y.applyUpdate(peers[message.to]?.doc(message.docName) as Y.Doc, message.update, 'network');
  };

  return {
    peers,
    seed: options.seed,
    get pending() {
      return queue.length;
    },
    /** Delivers up to `count` queued messages, each picked at random. */
    deliverSome(count = 1 + random.integer(Math.max(1, queue.length))) {
      for (let step = 0; step < count && queue.length > 0; step++) {
        const [message] = queue.splice(random.integer(queue.length), 1);
        if (message) deliver(message);
      }
    },
    /** Delivers everything, in random order, until no message is in flight. */
    deliverAll() {
      while (queue.length > 0) this.deliverSome(queue.length);
    },
    random,
  };
}

export type PeerNetwork = ReturnType<typeof createPeerNetwork>;
