import type { ReactionKind } from './feedbackLayout.ts';
import type { CommentId, ParticipantId } from './ids.ts';

/** A comment or a reply on a production, as every device reads it. */
export interface Comment {
  readonly id: CommentId;
  readonly productionId: string;
  readonly authorId: ParticipantId;
  /** From the roster (the facilitator's rename wins), '' when the author is not on it. */
  readonly authorName: string;
  /** '' once deleted. */
  readonly text: string;
  /** The top-level comment this one answers, or null for a top-level comment. */
  readonly replyTo: CommentId | null;
  readonly createdAt: number;
  readonly editedAt: number | null;
  readonly deleted: boolean;
  /** When the facilitator hid it, or null: kept, shown only to the facilitator (marked). */
  readonly hiddenAt: number | null;
}

/** Everything said about one production. */
export interface ProductionFeedback {
  /** Oldest first, replies included (see `selectCommentThreads`), hidden and deleted ones flagged. */
  readonly comments: readonly Comment[];
  /** Per kind, who reacted (each person once per kind). */
  readonly reactions: Readonly<Record<ReactionKind, readonly ParticipantId[]>>;
}

/** Every production's feedback (see `readFeedbackFor`). */
export interface FeedbackState {
  /** The facilitator closed the session to new comments, edits and reactions. */
  readonly closed: boolean;
  /** Production id → its feedback; a production nobody reacted to or commented on is absent. */
  readonly byProduction: Readonly<Record<string, ProductionFeedback>>;
}
