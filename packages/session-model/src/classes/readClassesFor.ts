import type * as Y from 'yjs';
import type { SessionSnapshot } from '../schema/types.ts';
import type { ClassesState } from './classTypes.ts';
import { readClasses } from './readClasses.ts';

const cache = new WeakMap<SessionSnapshot, ClassesState>();

/**
 * Step 5's schedule and sign-ups as of `snapshot` (its productions give each class its teachers; the people it
 * lists as removed are left out). The same frozen object for the same snapshot. Apart from the snapshot so that
 * its code comes with step 5's screens, not in a phone's first download.
 */
export function readClassesFor(
  documents: { control: Y.Doc; room: Y.Doc },
  snapshot: SessionSnapshot,
): ClassesState {
  let classes = cache.get(snapshot);
  if (!classes) {
    classes = readClasses(
      documents.control,
      documents.room,
      snapshot.productions.filter((production) => !production.retired),
      new Set(snapshot.removed.map((entry) => entry.participantId)),
    );
    cache.set(snapshot, classes);
  }
  return classes;
}
