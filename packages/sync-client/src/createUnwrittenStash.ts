import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** The part of the Web Storage API the stash uses (`localStorage` in the app, a map in tests). */
export type StashStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What a stash holds for one document: the update, and the stored text that `forget` compares against. */
export interface Stashed {
  update: Uint8Array;
  stored: string;
}

/** One document's updates written while the page is hidden or left, kept until IndexedDB has them. */
export interface UnwrittenStash {
  /** Adds `update` to what is kept (merged with what is there); returns the stored text, null if not kept. */
  keep(update: Uint8Array): string | null;
  /** What is kept, if anything. */
  read(): Stashed | null;
  /** Lets go of what is kept, unless a later `keep` changed it meanwhile. */
  forget(stored: string): void;
}

const PREFIX = 'peerloom:unwritten:';

/** `localStorage` when this runs in a page that may use it; null in a worker, in Node, or when storage is off. */
export function pageStorage(): StashStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * A synchronous second copy of the last writes of a page being left. IndexedDB writes are asynchronous: a
 * transaction the page starts as it goes away is handed to the database with `commit()`, and Chromium still drops
 * it when the page's connection closes before the database ran it (the last keystrokes before a reload, seen on a
 * loaded machine). Web Storage writes are synchronous and outlive the page, so the same update is also kept there
 * until IndexedDB reports the write complete; the next opening of the document writes it back.
 */
export function createUnwrittenStash(documentName: string, storage: StashStorage): UnwrittenStash {
  const key = `${PREFIX}${documentName}`;
  const read = (): Stashed | null => {
    try {
      const stored = storage.getItem(key);
      return stored ? { update: fromBase64(stored), stored } : null;
    } catch {
      return null;
    }
  };
  return {
    keep(update) {
      try {
        const earlier = read();
        const merged = earlier ? Y.mergeUpdates([earlier.update, update]) : update;
        const stored = toBase64(merged);
        storage.setItem(key, stored);
        return stored;
      } catch {
        // Storage full or refused: IndexedDB's write is all there is, as before.
        return null;
      }
    },
    read,
    forget(stored) {
      try {
        if (storage.getItem(key) === stored) storage.removeItem(key);
      } catch {
        // Nothing to do: the next opening writes the kept update again, which changes nothing.
      }
    },
  };
}
