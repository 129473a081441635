import type * as Y from 'yjs';
import type { CommandContext } from './commands/CommandContext.ts';
import { createSnapshotReader } from './createSnapshotReader.ts';
import type { Actor, SessionSnapshot } from './schema/types.ts';

export interface SessionStoreOptions {
  control: Y.Doc;
  room: Y.Doc;
  actor: Actor;
  /** Server time (the app passes its server clock) so timers agree across devices; Date.now by default. */
  now?: () => number;
  /**
   * How a change from the network is told to subscribers: by default after the next painted frame (a
   * microtask where frames do not run), so a burst of updates costs one snapshot and one render per frame.
   */
  scheduleNotify?: (notify: () => void) => void;
}

/** A store's reads and subscriptions, with the commands of the device's role (see `SessionStore`). */
export interface SessionStoreOf<Commands> {
  readonly actor: Actor;
  /** The current frozen snapshot; the same object until a document changes. */
  getSnapshot(): SessionSnapshot;
  /**
   * Calls `listener` after any change to either document (at once for this device's own commands, at most once
   * per frame for changes from the network); returns the unsubscribe function.
   */
  subscribe(listener: () => void): () => void;
  readonly commands: Commands;
  destroy(): void;
}

/**
 * Where frames run, the task right after the next frame was painted (or 100 ms later if no frame comes: a hidden
 * tab), so that a frame showing a typed character never waits for a render of what the network brought; else
 * (Node) a microtask.
 */
function nextFrame(callback: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    queueMicrotask(callback);
    return;
  }
  const timer = setTimeout(callback, 100);
  requestAnimationFrame(() => {
    clearTimeout(timer);
    setTimeout(callback, 0);
  });
}

/**
 * The snapshots and subscriptions of a session store, with the commands `buildCommands` gives it. A change made
 * on this device (a command) is told to the subscribers at once; changes from the network are applied at once
 * but told at most once per frame, and the snapshot is read again only where they touched (structural sharing).
 */
export function openSessionStore<Commands>(
  options: SessionStoreOptions,
  buildCommands: (context: CommandContext) => Commands,
): SessionStoreOf<Commands> {
  const { control, room, actor } = options;
  const context: CommandContext = { control, room, actor, now: options.now ?? Date.now };
  const listeners = new Set<() => void>();
  const reader = createSnapshotReader(control, room);
  const scheduleNotify = options.scheduleNotify ?? nextFrame;
  let snapshot: SessionSnapshot | null = null;
  let stale = true;
  let notifyScheduled = false;
  let live = true;

  const notify = () => {
    notifyScheduled = false;
    if (!live) return;
    for (const listener of [...listeners]) listener();
  };
  const onChange = (doc: 'control' | 'room') => (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    reader.note(doc, transaction);
    stale = true;
    if (transaction.local) notify();
    else if (!notifyScheduled) {
      notifyScheduled = true;
      scheduleNotify(notify);
    }
  };
  const onControlChange = onChange('control');
  const onRoomChange = onChange('room');
  control.on('afterTransaction', onControlChange);
  room.on('afterTransaction', onRoomChange);

  return {
    actor,
    getSnapshot() {
      if (stale || !snapshot) snapshot = reader.read();
      stale = false;
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commands: buildCommands(context),
    destroy() {
      live = false;
      control.off('afterTransaction', onControlChange);
      room.off('afterTransaction', onRoomChange);
      listeners.clear();
    },
  };
}
