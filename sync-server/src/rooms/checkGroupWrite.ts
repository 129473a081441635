import * as Y from 'yjs';
import type { ClientOwners } from './ClientOwners.ts';
import { checkDeleteSet, type DecodedUpdate } from './checkDeletion.ts';
import type { WriteRefusalReason } from './WriteRefused.ts';

/**
 * Checks a participant's update to a group document (`S/group/G`). Members write freely (rich text has no
 * per-key owner); the client-id check comes first. A participant who is not a member writes nothing,
 * except a former member finishing what it typed while a member: regrouping keeps a person's words in the
 * production they were written in, and edits made offline before the move arrive after it. Such an update
 * may only add with client ids already bound to that person in this document (a device that opened the
 * production after the move has a new id) and only delete that person's own words. No clock is needed:
 * the relay cannot know when a keystroke was typed, but it knows which device was writing here before.
 */
export function checkGroupWrite(
  doc: Y.Doc,
  { structs, ds }: DecodedUpdate,
  participantId: string,
  members: readonly string[],
  owners: ClientOwners,
): WriteRefusalReason | null {
  if (members.includes(participantId)) return null;
  const own = (client: number) => owners.ownerOf(client) === participantId;
  for (const struct of structs) {
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    if (!own(struct.id.client)) return 'not_a_member';
  }
  // Deleting its own words, held or not, is its business; deleting anything else is refused.
  const refusal = checkDeleteSet(
    doc,
    ds,
    (client) => (own(client) ? Number.POSITIVE_INFINITY : null),
    (item) => (own(item.id.client) ? null : 'not_a_member'),
  );
  return refusal === 'missing_dependency' ? 'not_a_member' : refusal;
}
