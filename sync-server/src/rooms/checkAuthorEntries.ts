import { GROUP_MAPS } from '@peerloom/protocol';
import * as Y from 'yjs';
import type { DecodedUpdate } from './checkDeletion.ts';
import { type Placement, placeItems } from './placeItems.ts';
import type { WriteRefusalReason } from './WriteRefused.ts';

/**
 * Checks the `authors` entries a participant's update writes or deletes in a group document: each key is a
 * Yjs client id the participant writes with (`isOwnClient`: bound to it, or bound to it by this very update)
 * and each value names that participant. Who wrote how much on the session page is read from these entries,
 * so a member may not claim another member's words, nor erase their name. Everything else in a group
 * document is the members' to write (`checkGroupWrite`).
 */
export function checkAuthorEntries(
  doc: Y.Doc,
  { structs, ds }: DecodedUpdate,
  participantId: string,
  isOwnClient: (client: number) => boolean,
): WriteRefusalReason | null {
  const place = placeItems(doc, structs);
  const ownEntry = (placement: Placement | null): WriteRefusalReason | null => {
    if (placement === 'missing') return 'missing_dependency';
    if (placement === null || typeof placement === 'string' || placement.root !== GROUP_MAPS.authors)
      return null;
    const client = Number(placement.key);
    return placement.key !== null && String(client) === placement.key && isOwnClient(client)
      ? null
      : 'foreign_key';
  };

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const held = Y.getState(doc.store, struct.id.client);
    if (struct.id.clock + struct.length <= held) continue;
    const placement = place.incoming(struct);
    const refusal = ownEntry(placement);
    if (refusal) return refusal;
    if (
      typeof placement !== 'string' &&
      placement.root === GROUP_MAPS.authors &&
      !namesOnly(struct, participantId)
    ) {
      return 'foreign_key';
    }
    if (struct.id.clock < held) {
      const before = ownEntry(place.neighbour(Y.createID(struct.id.client, held - 1)));
      if (before) return before === 'foreign_key' ? 'foreign_delete' : before;
    }
  }

  return place.checkDeletions(ds, (item) => ownEntry(place.held(item)));
}

/** An `authors` entry's value: the writer's own participant id (or nothing, already deleted). */
function namesOnly(item: Y.Item, participantId: string): boolean {
  const { content } = item;
  if (content instanceof Y.ContentDeleted) return true;
  return content instanceof Y.ContentAny && content.arr.length === 1 && content.arr[0] === participantId;
}
