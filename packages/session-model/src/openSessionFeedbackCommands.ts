import { createSessionFeedbackCommands } from './commands/sessionFeedbackCommands.ts';
import type { SessionStoreOptions } from './openSessionStore.ts';

/** The facilitator's anonymous feedback commands; each refuses other roles. */
export type SessionFeedbackCommandSet = ReturnType<typeof createSessionFeedbackCommands>;

/**
 * The anonymous feedback form's commands on a session's open documents (the store's snapshots follow). Apart from
 * the store so that the code comes with the end screens, not in a phone's first download.
 */
export function openSessionFeedbackCommands(options: SessionStoreOptions): SessionFeedbackCommandSet {
  return createSessionFeedbackCommands({
    control: options.control,
    room: options.room,
    actor: options.actor,
    now: options.now ?? Date.now,
  });
}
