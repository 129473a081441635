import type * as Y from 'yjs';
import type { CommandContext } from './commands/CommandContext.ts';
import { readSnapshot } from './readSnapshot.ts';
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

  const onUpdate = () => {
    snapshot = null;
    for (const listener of [...listeners]) listener();
  };
  control.on('update', onUpdate);
  room.on('update', onUpdate);

  return {
    actor,
    getSnapshot() {
      snapshot ??= readSnapshot(control, room);
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commands: buildCommands(context),
    destroy() {
      control.off('update', onUpdate);
      room.off('update', onUpdate);
      listeners.clear();
    },
  };
}
