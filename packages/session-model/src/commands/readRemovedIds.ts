import type * as Y from 'yjs';
import { controlLayout } from '../schema/layout.ts';

/** The participants the facilitator removed from the session, read from `control`. */
export function readRemovedIds(control: Y.Doc): Set<string> {
  const removed = new Set<string>();
  for (const [participantId, admin] of controlLayout.participantAdmin(control).entries()) {
    if (typeof admin?.removedAt === 'number') removed.add(participantId);
  }
  return removed;
}
