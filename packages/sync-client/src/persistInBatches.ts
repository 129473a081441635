import { type IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import * as Y from 'yjs';
import { createUnwrittenStash, pageStorage, type StashStorage } from './createUnwrittenStash.ts';

/** How long the device's copy may lag behind the screen while someone types. */
export const LOCAL_WRITE_DELAY_MS = 200;

/** Controls the batched writes of one document: write what waits now, or stop writing. */
export interface BatchedWrites {
  /** Writes every update that waits, at once (before the page goes away or the document closes). */
  flush(): void;
  stop(): void;
  /**
   * Resolves once nothing of the document is left only in memory: when an update had to wait for the database
   * to open and the copy closes before it opened (y-indexeddb then skips its own write of the whole document),
   * the whole document is written as soon as the database opens.
   */
  settled(): Promise<void>;
  /**
   * Puts back what a page left before IndexedDB had it (kept in Web Storage then) into the document and the
   * database: call once the stored copy is loaded.
   */
  restoreUnwritten(): void;
}

/**
 * Adds one record to y-indexeddb's `updates` store and commits it at once. y-indexeddb's own writer leaves the
 * transaction to commit by itself once the page's task is over, which a page being left never reaches: in
 * Chromium a write started in `pagehide` on a reload was dropped every time (15 of 15), so what arrived or was
 * typed in the last batch before a reload was gone from the device. `commit()` hands the write over at once.
 */
function addRecord(
  persistence: IndexeddbPersistence,
  db: IDBDatabase,
  update: Uint8Array,
  onWritten?: () => void,
) {
  const transaction = db.transaction('updates', 'readwrite');
  transaction.objectStore('updates').add(update);
  if (onWritten) transaction.oncomplete = onWritten;
  transaction.commit?.();
  // y-indexeddb's own upkeep: once the records pile up, merge them into one (debounced as it does).
  if (++persistence._dbsize >= PREFERRED_TRIM_SIZE) {
    if (persistence._storeTimeoutId !== null) clearTimeout(persistence._storeTimeoutId);
    persistence._storeTimeoutId = setTimeout(() => {
      persistence._storeTimeoutId = null;
      if (!persistence._destroyed) void storeState(persistence, false);
    }, persistence._storeTimeout);
  }
}

/**
 * Writes a document's updates to IndexedDB in batches instead of one write per update: y-indexeddb adds one
 * record per keystroke, in the keystroke's own task; here the updates of up to `delayMs` are merged into one
 * record, written after the typed character is on the screen. What waits is written at once when the page is
 * hidden or left, and when the document closes, so a reload or a sleeping phone loses nothing. What is written
 * while the page is hidden is also kept in Web Storage (`storage`) until IndexedDB has it: a page being left may
 * lose its last IndexedDB write, never a synchronous one.
 */
export function persistInBatches(
  persistence: IndexeddbPersistence,
  doc: Y.Doc,
  delayMs = LOCAL_WRITE_DELAY_MS,
  storage: StashStorage | null = pageStorage(),
): BatchedWrites {
  const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';
  const stash = storage ? createUnwrittenStash(persistence.name, storage) : null;
  const pageHidden = () => inBrowser && document.visibilityState === 'hidden';
  let waiting: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Set when updates were let go before the database opened: they are in `doc`, and y-indexeddb writes the whole
  // document when its database opens, unless the copy was closed by then.
  let beforeOpen = false;

  const flush = (leaving = pageHidden()) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const updates = waiting;
    waiting = [];
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    const kept = leaving ? (stash?.keep(update) ?? null) : null;
    const db = persistence.db;
    if (db === null) {
      beforeOpen = true;
      return;
    }
    addRecord(persistence, db, update, kept === null ? undefined : () => stash?.forget(kept));
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // Updates read from IndexedDB itself are already there.
    if (origin === persistence) return;
    waiting.push(update);
    timer ??= setTimeout(flush, delayMs);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush(true);
  };
  const onPageHide = () => flush(true);

  doc.off('update', persistence._storeUpdate);
  doc.on('update', onUpdate);
  if (inBrowser) {
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
  }
  return {
    flush: () => flush(),
    stop() {
      flush();
      doc.off('update', onUpdate);
      if (inBrowser) {
        window.removeEventListener('pagehide', onPageHide);
        document.removeEventListener('visibilitychange', onHidden);
      }
    },
    async settled() {
      if (!beforeOpen || persistence.synced) return;
      const db = await persistence._db.catch(() => null);
      if (db) addRecord(persistence, db, Y.encodeStateAsUpdate(doc));
    },
    restoreUnwritten() {
      const kept = stash?.read();
      const db = persistence.db;
      if (!kept || !stash || db === null) return;
      try {
        // Read as if from the database (`persistence` as origin): written here, not batched again.
        Y.applyUpdate(doc, kept.update, persistence);
      } catch {
        // Not an update (storage edited by hand): nothing to write back.
        stash.forget(kept.stored);
        return;
      }
      addRecord(persistence, db, kept.update, () => stash.forget(kept.stored));
    },
  };
}
