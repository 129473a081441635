import { CommandError } from '../schema/CommandError.ts';
import { COMMENTS_CLOSED_KEY, feedbackLayout, hiddenCommentKey } from '../schema/feedbackLayout.ts';
import type { CommentId } from '../schema/ids.ts';
import { type CommandContext, requireFacilitator, runCommand } from './CommandContext.ts';
import { findComment } from './feedbackCommands.ts';

/**
 * The facilitator's decisions about comments. They live in `control`, so a hidden comment is kept as its
 * author wrote it (the facilitator still sees it, marked) and can be shown again.
 */
export function createCommentModerationCommands(context: CommandContext) {
  const moderation = () => feedbackLayout.commentModeration(context.control);
  const setClosed = (command: string, closed: boolean) => {
    requireFacilitator(context);
    runCommand(context, context.control, command, () => moderation().set(COMMENTS_CLOSED_KEY, closed));
  };

  return {
    /** Hides a comment (and, on screens, its replies) from participants and viewers. */
    hideComment(commentId: CommentId): void {
      requireFacilitator(context);
      if (!findComment(context, commentId)) throw new CommandError('not_found');
      runCommand(context, context.control, 'hideComment', () => {
        if (!moderation().has(hiddenCommentKey(commentId))) {
          moderation().set(hiddenCommentKey(commentId), context.now());
        }
      });
    },

    unhideComment(commentId: CommentId): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'unhideComment', () =>
        moderation().delete(hiddenCommentKey(commentId)),
      );
    },

    /** No new comments, edits or reactions from now on; what was said stays readable. */
    closeComments(): void {
      setClosed('closeComments', true);
    },

    openComments(): void {
      setClosed('openComments', false);
    },
  };
}
