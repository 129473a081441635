import * as Y from 'yjs';
import { checkDeleteSet, type DecodedUpdate } from './checkDeletion.ts';

/**
 * Whether applying the update would change nothing the relay holds: every struct is one it has, every
 * deletion one it has made. A reconnecting reader's sync step 2 is such an update (Yjs sends the whole
 * delete set), and is no write.
 */
export function changesNothing(doc: Y.Doc, { structs, ds }: DecodedUpdate): boolean {
  for (const struct of structs) {
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  return (
    checkDeleteSet(
      doc,
      ds,
      () => null,
      () => 'foreign_delete',
    ) === null
  );
}
