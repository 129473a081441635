import type * as Y from 'yjs';
import { parseComment } from '../records/parseComment.ts';
import {
  COMMENTS_CLOSED_KEY,
  feedbackLayout,
  hiddenCommentKey,
  parseCommentKey,
  parseReactionKey,
  REACTION_KINDS,
  type ReactionKind,
} from './feedbackLayout.ts';
import type { Comment, FeedbackState, ProductionFeedback } from './feedbackTypes.ts';
import { asCommentId, asParticipantId, type ParticipantId } from './ids.ts';

const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

interface MutableFeedback {
  comments: Comment[];
  reactions: Record<ReactionKind, ParticipantId[]>;
}

/**
 * Comments and reactions of every production, with authors' names; people the facilitator removed are left
 * out, like their answers. Trusts a comment's key, not its body, for who wrote it (the key is what the relay
 * checks).
 */
export function readFeedback(
  control: Y.Doc,
  room: Y.Doc,
  names: ReadonlyMap<ParticipantId, string>,
  removed: ReadonlySet<string>,
): FeedbackState {
  const moderation = feedbackLayout.commentModeration(control);
  const byProduction = new Map<string, MutableFeedback>();
  const feedbackOf = (productionId: string) => {
    let feedback = byProduction.get(productionId);
    if (!feedback) {
      feedback = { comments: [], reactions: { learned: [], clear: [], moreplease: [] } };
      byProduction.set(productionId, feedback);
    }
    return feedback;
  };

  for (const [key, stored] of feedbackLayout.comments(room).entries()) {
    const parsed = parseCommentKey(key);
    const record = parseComment(stored);
    if (!parsed || !record || removed.has(parsed.participantId)) continue;
    const authorId = asParticipantId(parsed.participantId);
    feedbackOf(record.productionId).comments.push(
      Object.freeze({
        ...record,
        id: asCommentId(parsed.commentId),
        authorId,
        authorName: names.get(authorId) ?? '',
        replyTo: record.replyTo === null ? null : asCommentId(record.replyTo),
        hiddenAt: finite(moderation.get(hiddenCommentKey(parsed.commentId))),
      }),
    );
  }

  for (const key of feedbackLayout.reactions(room).keys()) {
    const parsed = parseReactionKey(key);
    if (!parsed || removed.has(parsed.participantId)) continue;
    feedbackOf(parsed.productionId).reactions[parsed.kind].push(asParticipantId(parsed.participantId));
  }

  const result: [string, ProductionFeedback][] = [];
  // Sorted, so every device builds the same object whatever order its updates arrived in.
  for (const [productionId, feedback] of [...byProduction].sort(([a], [b]) => a.localeCompare(b))) {
    feedback.comments.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    result.push([
      productionId,
      Object.freeze({
        comments: Object.freeze(feedback.comments),
        reactions: Object.freeze(
          Object.fromEntries(
            REACTION_KINDS.map((kind) => [kind, Object.freeze(feedback.reactions[kind].sort())]),
          ) as ProductionFeedback['reactions'],
        ),
      }),
    ]);
  }
  return Object.freeze({
    closed: moderation.get(COMMENTS_CLOSED_KEY) === true,
    // fromEntries defines each key as an own property: a production id such as `__proto__` stays data.
    byProduction: Object.freeze(Object.fromEntries(result)),
  });
}
