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
import { openSessionStore, type SessionStoreOf, type SessionStoreOptions } from './openSessionStore.ts';

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

/** A session store; by default with every command (a facilitator's device). */
export type SessionStore<Commands = SessionCommands> = SessionStoreOf<Commands>;

/**
 * The only owner of the session's Y.Docs on a device: snapshots out, named commands in. Every command, for
 * the facilitator's devices; a phone uses `createParticipantStore`, which leaves the facilitator's out of
 * the participant's download.
 */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
  return openSessionStore(options, (context) => ({
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
  }));
}
