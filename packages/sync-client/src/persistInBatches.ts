import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** How long the device's copy may lag behind the screen while someone types. */
export const LOCAL_WRITE_DELAY_MS = 200;

/** Controls the batched writes of one document: write what waits now, or stop writing. */
export interface BatchedWrites {
  /** Writes every update that waits, at once (before the page goes away or the document closes). */
  flush(): void;
  stop(): void;
}

/**
 * Writes a document's updates to IndexedDB in batches instead of one write per update: y-indexeddb adds one
 * record per keystroke, in the keystroke's own task; here the updates of up to `delayMs` are merged into one
 * record, written after the typed character is on the screen. What waits is written at once when the page is
 * hidden or left, and when the document closes, so a reload or a sleeping phone loses nothing.
 */
export function persistInBatches(
  persistence: IndexeddbPersistence,
  doc: Y.Doc,
  delayMs = LOCAL_WRITE_DELAY_MS,
): BatchedWrites {
  let waiting: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const updates = waiting;
    waiting = [];
    // y-indexeddb's own writer: it also merges its records into one once they pile up.
    persistence._storeUpdate(
      updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates),
      null,
    );
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // Updates read from IndexedDB itself are already there.
    if (origin === persistence) return;
    waiting.push(update);
    timer ??= setTimeout(flush, delayMs);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  doc.off('update', persistence._storeUpdate);
  doc.on('update', onUpdate);
  const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';
  if (inBrowser) {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
  }
  return {
    flush,
    stop() {
      flush();
      doc.off('update', onUpdate);
      if (inBrowser) {
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', onHidden);
      }
    },
  };
}
