import { ownerOfRoomKey, WRITE_LIMITS } from '@peerloom/protocol';
import * as Y from 'yjs';
import { checkDeleteSet, type DecodedUpdate, findHeld } from './checkDeletion.ts';
import { measurePlainValue } from './measurePlainValue.ts';
import type { WriteRefusalReason } from './WriteRefused.ts';

/** Where an item lands: an entry of a root map, inside a nested type, or nowhere (Yjs collects it). */
type Placement = { root: string; key: string | null } | 'nested' | 'collected' | 'missing';

type Struct = DecodedUpdate['structs'][number];

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
  const incoming = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = incoming.get(struct.id.client);
    if (list) list.push(struct);
    else incoming.set(struct.id.client, [struct]);
  }
  const placements = new Map<Y.Item, Placement>();

  const findIncoming = (id: Y.ID): Struct | null =>
    incoming
      .get(id.client)
      ?.find((struct) => struct.id.clock <= id.clock && id.clock < struct.id.clock + struct.length) ?? null;

  const placeHeld = (item: Y.Item): Placement => {
    const parent = item.parent as Y.AbstractType<unknown> | null;
    if (!parent || parent._item !== null) return 'nested';
    return { root: Y.findRootTypeKey(parent), key: item.parentSub };
  };

  // Mirrors Item.getMissing: the parent comes from the left neighbour when it is an item, else the right one.
  const placeNeighbour = (id: Y.ID | null): Placement | null => {
    if (!id) return null;
    const held = findHeld(doc, id);
    if (held) return held instanceof Y.Item ? placeHeld(held) : 'collected';
    const sent = findIncoming(id);
    if (!sent) return 'missing';
    return sent instanceof Y.Item ? placeIncoming(sent) : 'collected';
  };

  const placeIncoming = (item: Y.Item): Placement => {
    const known = placements.get(item);
    if (known) return known;
    placements.set(item, 'missing');
    let placement: Placement;
    if (typeof item.parent === 'string') placement = { root: item.parent, key: item.parentSub };
    else if (item.parent !== null) placement = 'nested';
    else {
      const left = placeNeighbour(item.origin);
      placement =
        left !== null && left !== 'collected'
          ? left
          : (placeNeighbour(item.rightOrigin) ?? left ?? 'missing');
    }
    placements.set(item, placement);
    return placement;
  };

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
    const refusal = ownedEntry(placeIncoming(struct)) ?? checkContent(struct.content);
    if (refusal) return refusal;
    // Yjs applies the part the relay lacks right after the item it holds at `held - 1`, and deletes that
    // item when it ends a map entry: it must be the participant's too.
    if (struct.id.clock < held) {
      const before = ownedEntry(placeNeighbour(Y.createID(struct.id.client, held - 1)) ?? 'missing');
      if (before) return before === 'foreign_key' ? 'foreign_delete' : before;
    }
  }

  return checkDeleteSet(
    doc,
    ds,
    (client, clock) => {
      const sent = findIncoming(Y.createID(client, clock));
      return sent ? sent.id.clock + sent.length : null;
    },
    (item) => ownedEntry(placeHeld(item)),
  );
}

function checkContent(content: Y.Item['content']): WriteRefusalReason | null {
  if (content instanceof Y.ContentDeleted) return null;
  if (content instanceof Y.ContentType) return 'nested_type';
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) return 'not_plain';
  const size = measurePlainValue(content.arr[0], Number.POSITIVE_INFINITY, WRITE_LIMITS.maxEntryDepth);
  if (size === null) return 'not_plain';
  return size > WRITE_LIMITS.maxEntryBytes ? 'too_big' : null;
}
