import { toCommandContext } from './commands/CommandContext.ts';
import { createCommentModerationCommands } from './commands/commentModerationCommands.ts';
import { createFeedbackCommands } from './commands/feedbackCommands.ts';
import type { SessionStoreOptions } from './openSessionStore.ts';

/** Comment and react (participants); hide, show, close and reopen (the facilitator). Each refuses other roles. */
export type FeedbackCommandSet = ReturnType<typeof createFeedbackCommands> &
  ReturnType<typeof createCommentModerationCommands>;

/**
 * The feedback commands on a session's open documents (the same ones its store reads, so snapshots follow).
 * Apart from the store so that the code comes with the screens that show feedback, not in a phone's first
 * download.
 */
export function openFeedbackCommands(options: SessionStoreOptions): FeedbackCommandSet {
  const context = toCommandContext(options);
  return { ...createFeedbackCommands(context), ...createCommentModerationCommands(context) };
}
