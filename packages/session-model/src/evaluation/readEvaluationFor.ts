import type * as Y from 'yjs';
import type { SessionSnapshot } from '../schema/types.ts';
import type { EvaluationState } from './evaluationTypes.ts';
import { readEvaluation } from './readEvaluation.ts';

const cache = new WeakMap<SessionSnapshot, EvaluationState>();

/**
 * The co-evaluation of a session's documents as of `snapshot` (its productions; its roster, removed people
 * left out). The same frozen object for the same snapshot. Apart from the snapshot so that its code comes with
 * step 6's screens, not in a phone's first download.
 */
export function readEvaluationFor(
  documents: { control: Y.Doc; room: Y.Doc },
  snapshot: SessionSnapshot,
): EvaluationState {
  let state = cache.get(snapshot);
  if (!state) {
    state = readEvaluation(
      documents.control,
      documents.room,
      snapshot.productions,
      new Set(snapshot.roster.map((entry) => entry.participantId)),
    );
    cache.set(snapshot, state);
  }
  return state;
}
