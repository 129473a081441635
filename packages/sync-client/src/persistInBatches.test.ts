import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { persistInBatches } from './persistInBatches.ts';

let databases = 0;
const freshName = () => `batches-${++databases}-${Date.now()}`;

/** The number of records in the document's `updates` store. */
function countRecords(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('updates').objectStore('updates').count();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** What a device that opens the database afresh reads. */
async function reopen(name: string): Promise<string> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const text = doc.getText('text').toString();
  await persistence.destroy();
  return text;
}

const typeInto = (doc: Y.Doc, text: string) => {
  for (const character of text) doc.getText('text').insert(doc.getText('text').length, character);
};

describe('persistInBatches', () => {
  it('writes the keystrokes of a burst as one record, and a reopened copy holds every one', async () => {
    const name = freshName();
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(name, doc);
    await persistence.whenSynced;
    const before = await countRecords(name);
    const writes = persistInBatches(persistence, doc, 30);
    typeInto(doc, 'twenty-one keystrokes');
    await expect.poll(() => countRecords(name)).toBe(before + 1);
    expect(await reopen(name)).toBe('twenty-one keystrokes');
    writes.stop();
    await persistence.destroy();
  });

  it('writes what waits at once when stopped (the document closes before the delay is over)', async () => {
    const name = freshName();
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(name, doc);
    await persistence.whenSynced;
    const writes = persistInBatches(persistence, doc, 60_000);
    typeInto(doc, 'closed at once');
    writes.stop();
    await persistence.destroy();
    expect(await reopen(name)).toBe('closed at once');
  });

  it('flush writes at once and the updates the database gave back are not written again', async () => {
    const name = freshName();
    const first = new Y.Doc();
    const firstPersistence = new IndexeddbPersistence(name, first);
    await firstPersistence.whenSynced;
    typeInto(first, 'stored');
    await firstPersistence.destroy();

    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(name, doc);
    const writes = persistInBatches(persistence, doc, 60_000);
    await persistence.whenSynced;
    const loaded = await countRecords(name);
    writes.flush();
    expect(await countRecords(name)).toBe(loaded);
    typeInto(doc, ' then more');
    writes.flush();
    await expect.poll(() => countRecords(name)).toBe(loaded + 1);
    writes.stop();
    await persistence.destroy();
    expect(await reopen(name)).toBe('stored then more');
  });
});
