import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { advancedClocks } from './advancedClocks.ts';

/** Applies `update` to `doc` and returns what `advancedClocks` and `Y.parseUpdateMeta` say of its transaction. */
function bothReadings(doc: Y.Doc, update: Uint8Array) {
  let fromTransaction: Map<number, number> | null = null;
  let fromUpdate: Map<number, number> | null = null;
  const listener = (applied: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    fromTransaction = advancedClocks(transaction);
    fromUpdate = Y.parseUpdateMeta(applied).to;
  };
  doc.on('update', listener);
  Y.applyUpdate(doc, update);
  doc.off('update', listener);
  return { fromTransaction, fromUpdate };
}

function writer(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

describe('advancedClocks: the clocks a transaction added, as the relay acknowledges them', () => {
  it('gives each writing client its end clock, as parseUpdateMeta reads it from the update', () => {
    const relay = new Y.Doc();
    const first = writer(11);
    first.getMap('answers').set('b0/p1', { s: 0, text: 'hello' });
    first.getText('notes').insert(0, 'abc');
    const { fromTransaction, fromUpdate } = bothReadings(relay, Y.encodeStateAsUpdate(first));
    expect(fromTransaction).toEqual(new Map([[11, 4]]));
    expect(fromTransaction).toEqual(fromUpdate);
  });

  it('counts only what the relay lacked when an update repeats structs it holds, across several clients', () => {
    const relay = new Y.Doc();
    const first = writer(21);
    const second = writer(22);
    first.getText('t').insert(0, 'ab');
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(first));
    first.getText('t').insert(2, 'cd');
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    second.getArray('list').push([1, 2, 3]);
    const merged = Y.mergeUpdates([Y.encodeStateAsUpdate(first), Y.encodeStateAsUpdate(second)]);
    const { fromTransaction, fromUpdate } = bothReadings(relay, merged);
    expect(fromTransaction).toEqual(
      new Map([
        [21, 4],
        [22, 3],
      ]),
    );
    expect(fromTransaction).toEqual(fromUpdate);
  });

  it('is empty for a deletion only', () => {
    const relay = new Y.Doc();
    const first = writer(31);
    first.getMap('m').set('k', 1);
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(first));
    const before = Y.encodeStateVector(first);
    first.getMap('m').delete('k');
    const { fromTransaction, fromUpdate } = bothReadings(relay, Y.encodeStateAsUpdate(first, before));
    expect(fromTransaction).toEqual(new Map());
    expect(fromTransaction).toEqual(fromUpdate);
  });
});
