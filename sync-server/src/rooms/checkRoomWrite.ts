import { ownerOfRoomKey, WRITE_LIMITS } from '@peerloom/protocol';
import * as Y from 'yjs';
import type { DecodedUpdate } from './checkDeletion.ts';
import { measurePlainValue } from './measurePlainValue.ts';
import { type Placement, placeItems } from './placeItems.ts';
import type { WriteRefusalReason } from './WriteRefused.ts';

/**
 * Checks a participant's update to `room` against the contract before it is applied: every inserted item
 * is a plain value under a key of a `room` root map the participant owns (`ownerOfRoomKey`), within
 * `WRITE_LIMITS`; every deletion removes only such items, found in the relay's copy or in the update
 * itself. Returns why the update is refused, or null when it may be applied.
 */
export function checkRoomWrite(
  doc: Y.Doc,
  { structs, ds }: DecodedUpdate,
  participantId: string,
): WriteRefusalReason | null {
  const place = placeItems(doc, structs);

  const ownedEntry = (placement: Placement): WriteRefusalReason | null => {
    if (placement === 'collected') return null;
    if (placement === 'missing') return 'missing_dependency';
    if (placement === 'nested') return 'nested_type';
    if (placement.key === null) return 'not_a_map_entry';
    return ownerOfRoomKey(placement.root, placement.key) === participantId ? null : 'foreign_key';
  };

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const held = Y.getState(doc.store, struct.id.client);
    if (struct.id.clock + struct.length <= held) continue;
    const refusal = ownedEntry(place.incoming(struct)) ?? checkContent(struct.content);
    if (refusal) return refusal;
    // Yjs applies the part the relay lacks right after the item it holds at `held - 1`, and deletes that
    // item when it ends a map entry: it must be the participant's too.
    if (struct.id.clock < held) {
      const before = ownedEntry(place.neighbour(Y.createID(struct.id.client, held - 1)) ?? 'missing');
      if (before) return before === 'foreign_key' ? 'foreign_delete' : before;
    }
  }

  return place.checkDeletions(ds, (item) => ownedEntry(place.held(item)));
}

function checkContent(content: Y.Item['content']): WriteRefusalReason | null {
  if (content instanceof Y.ContentDeleted) return null;
  if (content instanceof Y.ContentType) return 'nested_type';
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) return 'not_plain';
  const size = measurePlainValue(content.arr[0], Number.POSITIVE_INFINITY, WRITE_LIMITS.maxEntryDepth);
  if (size === null) return 'not_plain';
  return size > WRITE_LIMITS.maxEntryBytes ? 'too_big' : null;
}
