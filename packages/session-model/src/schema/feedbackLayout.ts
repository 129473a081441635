import { ROOM_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';

/** The three quick reactions, in the order screens show them. */
export const REACTION_KINDS = ['learned', 'clear', 'moreplease'] as const;
/** learned: "learned something"; clear: "clear"; moreplease: "want to know more". */
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const isReactionKind = (value: unknown): value is ReactionKind =>
  (REACTION_KINDS as readonly unknown[]).includes(value);

/**
 * Feedback on productions (step 6 A and the session page). Comments and reactions live in `room`, each keyed
 * under its author's id so a participant writes only its own keys; the facilitator's moderation lives in
 * `control`, so hiding changes nothing a participant wrote.
 */
export const feedbackLayout = {
  /** `PARTICIPANT_ID/COMMENT_ID` → the comment; a deleted one stays (emptied) so its replies keep their place. */
  comments: (room: Y.Doc) => room.getMap<StoredComment>(ROOM_MAPS.comments),
  /** `PARTICIPANT_ID/PRODUCTION_ID/KIND` → when the person reacted; taking the reaction back deletes the key. */
  reactions: (room: Y.Doc) => room.getMap<number>(ROOM_MAPS.reactions),
  /**
   * Flat keys, so two facilitator devices never overwrite each other: `closed` → boolean (no new comments,
   * edits or reactions), `hidden/COMMENT_ID` → when the facilitator hid that comment.
   */
  commentModeration: (control: Y.Doc) => control.getMap<unknown>('commentModeration'),
};

export interface StoredComment {
  id: string;
  productionId: string;
  authorId: string;
  text: string;
  /** The top-level comment this one answers (replies are one level deep), or null. */
  replyTo: string | null;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
}

export const commentKey = (participantId: string, commentId: string) => `${participantId}/${commentId}`;
export const reactionKey = (participantId: string, productionId: string, kind: ReactionKind) =>
  `${participantId}/${productionId}/${kind}`;
export const hiddenCommentKey = (commentId: string) => `hidden/${commentId}`;
export const COMMENTS_CLOSED_KEY = 'closed';

/** The author and comment id of a `comments` key, or null when the key is not of that shape. */
export function parseCommentKey(key: string): { participantId: string; commentId: string } | null {
  const parts = key.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { participantId: parts[0], commentId: parts[1] };
}

/** The parts of a `reactions` key, or null when the key is not of that shape. */
export function parseReactionKey(
  key: string,
): { participantId: string; productionId: string; kind: ReactionKind } | null {
  const parts = key.split('/');
  if (parts.length !== 3 || !parts[0] || !parts[1] || !isReactionKind(parts[2])) return null;
  return { participantId: parts[0], productionId: parts[1], kind: parts[2] };
}
