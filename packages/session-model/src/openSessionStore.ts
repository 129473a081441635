import type * as Y from 'yjs';
import type { CommandContext } from './commands/CommandContext.ts';
import { ROOM_ROOTS_IN_SNAPSHOT, readSnapshot } from './readSnapshot.ts';
import { rootNamesChanged } from './rootNamesChanged.ts';
import type { Actor, SessionSnapshot } from './schema/types.ts';

export interface SessionStoreOptions {
  control: Y.Doc;
  room: Y.Doc;
  actor: Actor;
  /** Server time (the app passes its server clock) so timers agree across devices; Date.now by default. */
  now?: () => number;
}

/** A store's reads and subscriptions, with the commands of the device's role (see `SessionStore`). */
export interface SessionStoreOf<Commands> {
  readonly actor: Actor;
  /** The current frozen snapshot; the same object until a document changes. */
  getSnapshot(): SessionSnapshot;
  /** Calls `listener` after any change to either document; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  readonly commands: Commands;
  destroy(): void;
}

/** The snapshots and subscriptions of a session store, with the commands `buildCommands` gives it. */
export function openSessionStore<Commands>(
  options: SessionStoreOptions,
  buildCommands: (context: CommandContext) => Commands,
): SessionStoreOf<Commands> {
  const { control, room, actor } = options;
  const context: CommandContext = { control, room, actor, now: options.now ?? Date.now };
  const listeners = new Set<() => void>();
  let snapshot: SessionSnapshot | null = null;
  /** Only the snapshot's identity is out of date: what changed is nothing `readSnapshot` reads. */
  let renewIdentity = false;

  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  const onControlChange = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    snapshot = null;
    changed();
  };
  // Readers that follow other roots of room (comments, reactions: `readFeedbackFor`) key their caches on the
  // snapshot, so it still gets a new identity; its fields are the previous ones, not read again.
  const onRoomChange = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    const names = rootNamesChanged(room, transaction);
    if (names !== null && ![...names].some((name) => ROOM_ROOTS_IN_SNAPSHOT.has(name))) renewIdentity = true;
    else snapshot = null;
    changed();
  };
  control.on('afterTransaction', onControlChange);
  room.on('afterTransaction', onRoomChange);

  return {
    actor,
    getSnapshot() {
      if (snapshot && renewIdentity) snapshot = Object.freeze({ ...snapshot });
      renewIdentity = false;
      snapshot ??= readSnapshot(control, room);
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commands: buildCommands(context),
    destroy() {
      control.off('afterTransaction', onControlChange);
      room.off('afterTransaction', onRoomChange);
      listeners.clear();
    },
  };
}
