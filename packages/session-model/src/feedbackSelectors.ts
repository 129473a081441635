import { REACTION_KINDS, type ReactionKind } from './schema/feedbackLayout.ts';
import type { Comment, FeedbackState, ProductionFeedback } from './schema/feedbackTypes.ts';
import type { ParticipantId } from './schema/ids.ts';

/** A top-level comment and its replies, oldest first. */
export interface CommentThread {
  readonly comment: Comment;
  readonly replies: readonly Comment[];
}

export interface ReactionCount {
  readonly count: number;
  /** Whether the person asking reacted this way. */
  readonly mine: boolean;
}

const EMPTY: ProductionFeedback = Object.freeze({
  comments: Object.freeze([]),
  reactions: Object.freeze({
    learned: Object.freeze([]),
    clear: Object.freeze([]),
    moreplease: Object.freeze([]),
  }),
});

/** One production's comments and reactions (empty when nobody said anything yet). */
export const selectProductionFeedback = (feedback: FeedbackState, productionId: string): ProductionFeedback =>
  feedback.byProduction[productionId] ?? EMPTY;

/**
 * A production's comments as threads. Without `includeHidden` (everyone but the facilitator), a hidden comment
 * and the replies under it are left out. Deleted replies are left out; a deleted comment stays (as deleted)
 * only while replies hang under it. A reply whose comment is gone shows as a comment of its own.
 */
export function selectCommentThreads(
  feedback: FeedbackState,
  productionId: string,
  options: { includeHidden: boolean },
): CommentThread[] {
  const visible = (comment: Comment) => options.includeHidden || comment.hiddenAt === null;
  const comments = selectProductionFeedback(feedback, productionId).comments;
  const topLevel = new Map(
    comments.filter((comment) => comment.replyTo === null).map((comment) => [comment.id as string, comment]),
  );
  const replies = new Map<string, Comment[]>();
  const orphans: Comment[] = [];
  for (const comment of comments) {
    if (comment.replyTo === null || comment.deleted || !visible(comment)) continue;
    if (topLevel.has(comment.replyTo)) {
      const list = replies.get(comment.replyTo) ?? [];
      list.push(comment);
      replies.set(comment.replyTo, list);
    } else {
      orphans.push(comment);
    }
  }
  const threads: CommentThread[] = [];
  for (const comment of [...topLevel.values(), ...orphans].sort(
    (a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id),
  )) {
    if (!visible(comment)) continue;
    const own = comment.replyTo === null ? (replies.get(comment.id) ?? []) : [];
    if (comment.deleted && own.length === 0) continue;
    threads.push(Object.freeze({ comment, replies: Object.freeze(own) }));
  }
  return threads;
}

/** Per kind, how many people reacted to a production and whether `participantId` is one of them. */
export function selectReactionCounts(
  feedback: FeedbackState,
  productionId: string,
  participantId: ParticipantId | null,
): Record<ReactionKind, ReactionCount> {
  const reactions = selectProductionFeedback(feedback, productionId).reactions;
  return Object.fromEntries(
    REACTION_KINDS.map((kind) => [
      kind,
      {
        count: reactions[kind].length,
        mine: participantId !== null && reactions[kind].includes(participantId),
      },
    ]),
  ) as Record<ReactionKind, ReactionCount>;
}
