import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { persistInBatches } from './persistInBatches.ts';
import { holdDatabaseOpen } from './test/holdDatabaseOpen.ts';
import { readStoredText } from './test/readStoredText.ts';

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
    expect(await readStoredText(name)).toBe('twenty-one keystrokes');
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
    expect(await readStoredText(name)).toBe('closed at once');
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
    expect(await readStoredText(name)).toBe('stored then more');
  });

  it('commits a write started as the page is left: a page being unloaded never gets back to commit it by itself', async () => {
    const name = freshName();
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(name, doc);
    await persistence.whenSynced;
    const writes = persistInBatches(persistence, doc, 60_000);
    typeInto(doc, 'typed just before the reload');
    // Chromium drops every transaction of a page being left that was not committed yet (a write started in
    // pagehide on a reload: 15 lost of 15); here the page is left right after the flush.
    const started: IDBTransaction[] = [];
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
      const created = transaction.apply(this, args);
      started.push(created);
      return created;
    } as typeof transaction;
    try {
      writes.flush();
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(started).toHaveLength(1);
    for (const unfinished of started) {
      try {
        unfinished.abort();
      } catch {
        // Already committing: the write is the database's now.
      }
    }
    writes.stop();
    await persistence.destroy();
    expect(await readStoredText(name)).toBe('typed just before the reload');
  });

  it('keeps updates made before the database opened, also when the copy closes before it opens', async () => {
    for (const closeEarly of [false, true]) {
      const name = freshName();
      const gate = holdDatabaseOpen(name);
      const doc = new Y.Doc();
      const persistence = new IndexeddbPersistence(name, doc);
      const writes = persistInBatches(persistence, doc, 10);
      typeInto(doc, 'before the database opened');
      writes.flush();
      expect(persistence.db).toBeNull();
      if (closeEarly) {
        writes.stop();
        const settled = writes.settled();
        gate.release();
        await settled;
        await persistence.destroy();
      } else {
        gate.release();
        await persistence.whenSynced;
        writes.stop();
        await writes.settled();
        await persistence.destroy();
      }
      expect(await readStoredText(name), closeEarly ? 'closed early' : 'left open').toBe(
        'before the database opened',
      );
    }
  });
});
