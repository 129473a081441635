import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hasMissingDependency } from './hasMissingDependency.ts';

/** A device's updates, one per transaction. */
function typed(words: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of words) doc.getText('field').insert(doc.getText('field').length, word);
  return updates;
}

const missing = (held: Uint8Array[], update: Uint8Array) => {
  const relay = new Y.Doc();
  for (const part of held) Y.applyUpdate(relay, part);
  return hasMissingDependency(relay, Y.decodeUpdate(update));
};

describe('hasMissingDependency', () => {
  it('finds nothing missing when the relay or the update holds every earlier clock and neighbour', () => {
    const [first, second] = typed(['a', 'b']) as [Uint8Array, Uint8Array];
    expect(missing([], first)).toBe(false);
    expect(missing([first], second)).toBe(false);
    expect(missing([], Y.mergeUpdates([first, second]))).toBe(false);
  });

  it('finds the earlier clocks missing, also behind a gap (Skip) inside a merged update', () => {
    const [first, second, third] = typed(['a', 'b', 'c']) as [Uint8Array, Uint8Array, Uint8Array];
    expect(missing([], second)).toBe(true);
    expect(missing([], Y.mergeUpdates([first, third]))).toBe(true);
    expect(missing([first], third)).toBe(true);
  });

  it('finds a deletion of clocks not written yet missing', () => {
    const doc = new Y.Doc();
    doc.getText('field').insert(0, 'abc');
    const written = Y.encodeStateAsUpdate(doc);
    const before = Y.encodeStateVector(doc);
    doc.getText('field').delete(0, 3);
    const deletion = Y.encodeStateAsUpdate(doc, before);
    expect(missing([], deletion)).toBe(true);
    expect(missing([written], deletion)).toBe(false);
  });
});
