// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { keepLocalCopy } from './keepLocalCopy.ts';
import { readStoredText } from './test/readStoredText.ts';

let databases = 0;
const freshName = () => `local-copy-${++databases}-${Date.now()}`;

/** Runs `leave` while every write to IndexedDB is aborted, as a page whose connection closed too soon. */
function withWritesDropped(leave: () => void) {
  const commit = IDBTransaction.prototype.commit;
  IDBTransaction.prototype.commit = function (this: IDBTransaction) {
    this.abort();
  };
  try {
    leave();
  } finally {
    IDBTransaction.prototype.commit = commit;
  }
}

const unwrittenKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('peerloom:unwritten:'));

afterEach(() => localStorage.clear());

/** A document with its copy on this device, once the stored copy is in it (as a page opening the session). */
async function openCopy(name: string) {
  const doc = new Y.Doc();
  const copy = keepLocalCopy(name, doc);
  await copy.loaded;
  return { doc, copy, text: doc.getText('text') };
}

describe('keepLocalCopy', () => {
  it('a keystroke whose IndexedDB write is lost as the page is left comes back on the next opening', async () => {
    const name = freshName();
    const { copy, text } = await openCopy(name);
    text.insert(0, 'Rotate the note taker');
    await copy.flush();
    await expect.poll(() => readStoredText(name)).toBe('Rotate the note taker');

    text.insert(text.length, ' every week');
    withWritesDropped(() => window.dispatchEvent(new Event('pagehide')));
    expect(await readStoredText(name)).toBe('Rotate the note taker');
    expect(unwrittenKeys()).toHaveLength(1);

    // The next opening of the page: the kept update is in the document and written to IndexedDB, then let go.
    const again = await openCopy(name);
    expect(again.text.toString()).toBe('Rotate the note taker every week');
    await expect.poll(() => readStoredText(name)).toBe('Rotate the note taker every week');
    await expect.poll(unwrittenKeys).toHaveLength(0);
    await again.copy.close();
    await copy.close();
  });

  it('keeps nothing in Web Storage once IndexedDB has the write, and nothing at all while the page is shown', async () => {
    const name = freshName();
    const { copy, text } = await openCopy(name);
    text.insert(0, 'typed while shown');
    await copy.flush();
    expect(unwrittenKeys()).toHaveLength(0);
    text.insert(0, 'left: ');
    window.dispatchEvent(new Event('pagehide'));
    expect(unwrittenKeys()).toHaveLength(1);
    await expect.poll(unwrittenKeys).toHaveLength(0);
    expect(await readStoredText(name)).toBe('left: typed while shown');
    await copy.close();
  });

  it('a kept entry that is not an update is let go, and the copy opens as stored', async () => {
    const name = freshName();
    localStorage.setItem(`peerloom:unwritten:${name}`, 'bm90IGFuIHVwZGF0ZQ==');
    const { copy, text } = await openCopy(name);
    expect(text.toString()).toBe('');
    expect(unwrittenKeys()).toHaveLength(0);
    await copy.close();
  });
});
