import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { createConfirmedClockMemory } from './createConfirmedClockMemory.ts';
import type { ConfirmedClockMemory } from './createDurabilityTracker.ts';
import { persistInBatches } from './persistInBatches.ts';

/** A document's copy on this device: its updates in IndexedDB, and which of them the relay confirmed. */
export interface LocalCopy {
  /** Resolves once the stored copy is in the document (at once when nothing is stored). */
  readonly loaded: Promise<void>;
  /** Where the durability tracker keeps the confirmed clocks; undefined without persistence. */
  readonly memory: ConfirmedClockMemory | undefined;
  /** Writes what is held back for batching (the newest updates, the confirmed clocks) now. */
  flush(): Promise<void>;
  /** Writes what waits, then closes the database. */
  close(): Promise<void>;
}

/** Keeps `doc` in the IndexedDB database `persistenceName`, or nowhere when it is null. */
export function keepLocalCopy(persistenceName: string | null, doc: Y.Doc): LocalCopy {
  if (persistenceName === null) {
    const done = Promise.resolve();
    return { loaded: done, memory: undefined, flush: () => done, close: () => done };
  }
  const persistence = new IndexeddbPersistence(persistenceName, doc);
  const writes = persistInBatches(persistence, doc);
  const memory = createConfirmedClockMemory(persistenceName);
  return {
    loaded: persistence.whenSynced.then(() => writes.restoreUnwritten()),
    memory,
    flush() {
      writes.flush();
      return memory.flush();
    },
    async close() {
      writes.stop();
      await writes.settled();
      await persistence.destroy();
    },
  };
}
