import type * as Y from 'yjs';
import type { CommandContext } from './commands/CommandContext.ts';
import { createCreationCommands } from './commands/creationCommands.ts';
import { createGroupingCommands } from './commands/groupingCommands.ts';
import { createMatchingSettingsCommands } from './commands/matchingSettingsCommands.ts';
import { createModerationCommands } from './commands/moderationCommands.ts';
import { createParticipantCommands } from './commands/participantCommands.ts';
import { createQuestionCommands } from './commands/questionCommands.ts';
import { createSessionCommands } from './commands/sessionCommands.ts';
import { createTemplateCommands } from './commands/templateCommands.ts';
import { createTimerCommands } from './commands/timerCommands.ts';
import { createWarmupCommands } from './commands/warmupCommands.ts';
import { readSnapshot } from './readSnapshot.ts';
import type { Actor, SessionSnapshot } from './schema/types.ts';

export interface SessionStoreOptions {
  control: Y.Doc;
  room: Y.Doc;
  actor: Actor;
  /** Server time (the app passes its server clock) so timers agree across devices; Date.now by default. */
  now?: () => number;
}

export type SessionCommands = ReturnType<typeof createSessionCommands> &
  ReturnType<typeof createWarmupCommands> &
  ReturnType<typeof createQuestionCommands> &
  ReturnType<typeof createParticipantCommands> &
  ReturnType<typeof createGroupingCommands> &
  ReturnType<typeof createModerationCommands> &
  ReturnType<typeof createMatchingSettingsCommands> &
  ReturnType<typeof createTemplateCommands> &
  ReturnType<typeof createCreationCommands> &
  ReturnType<typeof createTimerCommands>;

export interface SessionStore {
  readonly actor: Actor;
  /** The current frozen snapshot; the same object until a document changes. */
  getSnapshot(): SessionSnapshot;
  /** Calls `listener` after any change to either document; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  readonly commands: SessionCommands;
  destroy(): void;
}

/** The only owner of the session's Y.Docs on a device: snapshots out, named commands in. */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
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
    commands: {
      ...createSessionCommands(context),
      ...createWarmupCommands(context),
      ...createQuestionCommands(context),
      ...createParticipantCommands(context),
      ...createGroupingCommands(context),
      ...createModerationCommands(context),
      ...createMatchingSettingsCommands(context),
      ...createTemplateCommands(context),
      ...createCreationCommands(context),
      ...createTimerCommands(context),
    },
    destroy() {
      control.off('update', onUpdate);
      room.off('update', onUpdate);
      listeners.clear();
    },
  };
}
