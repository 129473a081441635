import { type CommentRecord, parseComment } from '../records/parseComment.ts';
import { CommandError } from '../schema/CommandError.ts';
import { creationLayout } from '../schema/creationLayout.ts';
import {
  COMMENTS_CLOSED_KEY,
  commentKey,
  feedbackLayout,
  isReactionKind,
  parseCommentKey,
  type ReactionKind,
  reactionKey,
  type StoredComment,
} from '../schema/feedbackLayout.ts';
import { type CommentId, createEntityId } from '../schema/ids.ts';
import { LIMITS } from '../schema/limits.ts';
import { type CommandContext, cleanText, requireParticipant, runCommand } from './CommandContext.ts';

/** The comment with this id, whoever wrote it, with its author; read by the same parser as the screens. */
export function findComment(
  context: CommandContext,
  commentId: string,
): { participantId: string; stored: CommentRecord } | null {
  for (const [key, value] of feedbackLayout.comments(context.room).entries()) {
    const parsed = parseCommentKey(key);
    if (parsed?.commentId !== commentId) continue;
    const stored = parseComment(value);
    return stored ? { participantId: parsed.participantId, stored } : null;
  }
  return null;
}

/** The stored form of a parsed comment, as its author writes it back. */
const storedComment = (participantId: string, commentId: string, record: CommentRecord): StoredComment => ({
  id: commentId,
  authorId: participantId,
  ...record,
});

/** Comments and reactions a participant writes on productions; each under the participant's own id. */
export function createFeedbackCommands(context: CommandContext) {
  const comments = () => feedbackLayout.comments(context.room);
  const requireOpen = () => {
    if (feedbackLayout.commentModeration(context.control).get(COMMENTS_CLOSED_KEY) === true) {
      throw new CommandError('comments_closed');
    }
  };
  const requireProduction = (productionId: string) => {
    if (!creationLayout.productions(context.control).has(productionId)) throw new CommandError('not_found');
  };
  /** The participant's own comment, or the refusal: someone else's is `not_allowed`, a missing one `not_found`. */
  const requireOwn = (participantId: string, commentId: CommentId) => {
    const found = findComment(context, commentId);
    if (!found || found.stored.deleted === true) throw new CommandError('not_found');
    if (found.participantId !== participantId) throw new CommandError('not_allowed');
    return found.stored;
  };
  const cleanComment = (text: string) =>
    cleanText(text, LIMITS.commentLength, 'comment_empty', 'comment_too_long');

  return {
    /**
     * Comments on a production, or replies to a comment on it. A reply to a reply answers the same top-level
     * comment (replies are one level deep). Returns the new comment's id.
     */
    addComment(productionId: string, text: string, replyTo: CommentId | null = null): CommentId {
      const participantId = requireParticipant(context);
      requireOpen();
      requireProduction(productionId);
      const cleaned = cleanComment(text);
      let parentId: string | null = null;
      if (replyTo) {
        const parent = findComment(context, replyTo);
        if (!parent || parent.stored.deleted === true || parent.stored.productionId !== productionId) {
          throw new CommandError('not_found');
        }
        parentId = parent.stored.replyTo || replyTo;
      }
      let own = 0;
      for (const [key, value] of comments().entries()) {
        if (parseCommentKey(key)?.participantId !== participantId) continue;
        if (parseComment(value)?.productionId === productionId) own++;
      }
      if (own >= LIMITS.commentsPerProduction) throw new CommandError('too_many_comments');
      const id = createEntityId<CommentId>();
      runCommand(context, context.room, 'addComment', () => {
        comments().set(commentKey(participantId, id), {
          id,
          productionId,
          authorId: participantId,
          text: cleaned,
          replyTo: parentId,
          createdAt: context.now(),
          editedAt: null,
          deleted: false,
        });
      });
      return id;
    },

    /** Rewrites one's own comment (refused for anyone else's). */
    editComment(commentId: CommentId, text: string): void {
      const participantId = requireParticipant(context);
      requireOpen();
      const stored = requireOwn(participantId, commentId);
      const cleaned = cleanComment(text);
      if (cleaned === stored.text) return;
      runCommand(context, context.room, 'editComment', () => {
        comments().set(commentKey(participantId, commentId), {
          ...storedComment(participantId, commentId, stored),
          text: cleaned,
          editedAt: context.now(),
        });
      });
    },

    /** Deletes one's own comment, even once comments are closed; its replies stay, under "deleted". */
    deleteComment(commentId: CommentId): void {
      const participantId = requireParticipant(context);
      const stored = requireOwn(participantId, commentId);
      runCommand(context, context.room, 'deleteComment', () => {
        comments().set(commentKey(participantId, commentId), {
          ...storedComment(participantId, commentId, stored),
          text: '',
          deleted: true,
          editedAt: context.now(),
        });
      });
    },

    /** Adds this person's reaction of `kind` to a production, or takes it back; returns whether it is now on. */
    toggleReaction(productionId: string, kind: ReactionKind): boolean {
      const participantId = requireParticipant(context);
      requireOpen();
      requireProduction(productionId);
      if (!isReactionKind(kind)) throw new CommandError('not_found');
      const key = reactionKey(participantId, productionId, kind);
      return runCommand(context, context.room, 'toggleReaction', () => {
        const reactions = feedbackLayout.reactions(context.room);
        if (reactions.has(key)) {
          reactions.delete(key);
          return false;
        }
        reactions.set(key, context.now());
        return true;
      });
    },
  };
}
