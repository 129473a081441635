import * as Y from 'yjs';
import { checkDeleteSet, type DecodedUpdate, findHeld } from './checkDeletion.ts';
import type { WriteRefusalReason } from './WriteRefused.ts';

/** Where an item lands: an entry of a root map, inside a nested type, or nowhere (Yjs collects it). */
export type Placement = { root: string; key: string | null } | 'nested' | 'collected' | 'missing';

type Struct = DecodedUpdate['structs'][number];

/** Tells where the items of an update, and the items of the relay's copy they touch, land. */
export interface ItemPlacer {
  /** An item of the update. */
  incoming(item: Y.Item): Placement;
  /** An item of the relay's copy. */
  held(item: Y.Item): Placement;
  /** The item with this id, in the relay's copy or else in the update; null for no id. */
  neighbour(id: Y.ID | null): Placement | null;
  /** Checks the update's delete set: each deleted item the relay holds must pass `mayDelete` (`checkDeleteSet`). */
  checkDeletions(
    ds: DecodedUpdate['ds'],
    mayDelete: (item: Y.Item) => WriteRefusalReason | null,
  ): WriteRefusalReason | null;
}

/**
 * Places the items of `structs` (decoded, not applied) against `doc`: an item whose parent is not written in the
 * update takes the parent of its left neighbour when that is an item, else of its right one, as Yjs does
 * (`Item.getMissing`), looked up in the relay's copy first, then in the update itself.
 */
export function placeItems(doc: Y.Doc, structs: readonly Struct[]): ItemPlacer {
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

  const checkDeletions = (ds: DecodedUpdate['ds'], mayDelete: (item: Y.Item) => WriteRefusalReason | null) =>
    checkDeleteSet(
      doc,
      ds,
      (client, clock) => {
        const sent = findIncoming(Y.createID(client, clock));
        return sent ? sent.id.clock + sent.length : null;
      },
      mayDelete,
    );

  return { incoming: placeIncoming, held: placeHeld, neighbour: placeNeighbour, checkDeletions };
}
