import { toCommandContext } from './commands/CommandContext.ts';
import { createClassScheduleCommands } from './commands/classScheduleCommands.ts';
import { createSignUpCommands } from './commands/signUpCommands.ts';
import type { SessionStoreOptions } from './openSessionStore.ts';

/** Step 5's commands: the schedule (the facilitator), sign-ups (participants). Each refuses other roles. */
export type ClassCommandSet = ReturnType<typeof createClassScheduleCommands> &
  ReturnType<typeof createSignUpCommands>;

/**
 * Step 5's commands on a session's open documents (the same ones its store reads, so snapshots follow). Apart
 * from the store so that the code comes with step 5's screens, not in a phone's first download.
 */
export function openClassCommands(options: SessionStoreOptions): ClassCommandSet {
  const context = toCommandContext(options);
  return { ...createClassScheduleCommands(context), ...createSignUpCommands(context) };
}
