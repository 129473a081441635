import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDurabilityTracker } from './createDurabilityTracker.ts';

/** What a durable acknowledgement carries: client id → committed clock. */
function acknowledgement(clocks: ReadonlyMap<number, number>) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return decoding.createDecoder(encoding.toUint8Array(encoder));
}

/** The count done the slow way: every client id of the document against what was confirmed. */
function recount(doc: Y.Doc, confirmed: ReadonlyMap<number, number>) {
  let pending = 0;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    pending += Math.max(0, clock - (confirmed.get(client) ?? 0));
  }
  return pending;
}

describe('createDurabilityTracker', () => {
  it('keeps the pending count per writer as updates and acknowledgements come, equal to a full recount', () => {
    const doc = new Y.Doc();
    let pending = -1;
    const tracker = createDurabilityTracker(doc, (count) => {
      pending = count;
    });
    const confirmed = new Map<number, number>();
    const writers = Array.from({ length: 40 }, (_, index) => {
      const writer = new Y.Doc();
      writer.clientID = 1000 + index;
      return writer;
    });
    for (let round = 0; round < 3; round++) {
      for (const [index, writer] of writers.entries()) {
        const before = Y.encodeStateVector(writer);
        writer.getMap('answers').set(`q/${index}`, `round ${round}`);
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer, before), 'network');
        doc.getText('mine').insert(0, 'x');
        expect(pending).toBe(recount(doc, confirmed));
      }
      const acknowledged = new Map([
        [doc.clientID, Y.getState(doc.store, doc.clientID) - round],
        [1000 + round, Y.getState(doc.store, 1000 + round)],
      ]);
      for (const [client, clock] of acknowledged) confirmed.set(client, clock);
      tracker.acknowledge(acknowledgement(acknowledged));
      expect(pending).toBe(recount(doc, confirmed));
    }
    expect(pending).toBeGreaterThan(0);
    void tracker.stop();
  });
});
