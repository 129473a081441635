import type * as Y from 'yjs';
import type { FeedbackState } from './schema/feedbackTypes.ts';
import { readFeedback } from './schema/readFeedback.ts';
import type { SessionSnapshot } from './schema/types.ts';

const cache = new WeakMap<SessionSnapshot, FeedbackState>();

/**
 * The comments and reactions of a session's documents as of `snapshot` (authors' names from its roster, the
 * people it lists as removed left out). The same frozen object for the same snapshot, so sixty productions on
 * one page read the documents once per change. Apart from the snapshot so that its code comes with the screens
 * that show feedback, not in a phone's first download.
 */
export function readFeedbackFor(
  documents: { control: Y.Doc; room: Y.Doc },
  snapshot: SessionSnapshot,
): FeedbackState {
  let feedback = cache.get(snapshot);
  if (!feedback) {
    feedback = readFeedback(
      documents.control,
      documents.room,
      new Map(snapshot.roster.map((entry) => [entry.participantId, entry.name])),
      new Set(snapshot.removed.map((entry) => entry.participantId)),
    );
    cache.set(snapshot, feedback);
  }
  return feedback;
}
