import * as Y from 'yjs';
import type { WriteRefusalReason } from './WriteRefused.ts';

/** An update as `Y.decodeUpdate` reads it: decoded once per write, then checked by each rule. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Checks every range of a delete set with `checkDeletion`; `sentUntil(client, clock)` says where the part of
 * the update that brings `client`'s clocks from `clock` on ends (null: the update does not bring it).
 */
export function checkDeleteSet(
  doc: Y.Doc,
  ds: DecodedUpdate['ds'],
  sentUntil: (client: number, clock: number) => number | null,
  mayDelete: (item: Y.Item) => WriteRefusalReason | null,
): WriteRefusalReason | null {
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      const refusal = checkDeletion(
        doc,
        client,
        range.clock,
        range.clock + range.len,
        (clock) => sentUntil(client, clock),
        mayDelete,
      );
      if (refusal) return refusal;
    }
  }
  return null;
}

/**
 * Walks the deleted range [from, to) of `client`: what the relay holds must already be deleted or pass
 * `mayDelete`; what it does not hold must come in the update (`sentUntil` says where that part ends).
 */
export function checkDeletion(
  doc: Y.Doc,
  client: number,
  from: number,
  to: number,
  sentUntil: (clock: number) => number | null,
  mayDelete: (item: Y.Item) => WriteRefusalReason | null,
): WriteRefusalReason | null {
  const structs = doc.store.clients.get(client);
  const held = Y.getState(doc.store, client);
  let clock = from;
  if (structs && clock < held) {
    for (let index = Y.findIndexSS(structs, clock); index < structs.length && clock < to; index++) {
      const struct = structs[index] as Y.Item | Y.GC;
      if (struct instanceof Y.Item && !struct.deleted) {
        const refusal = mayDelete(struct) ?? null;
        if (refusal) return refusal === 'foreign_key' ? 'foreign_delete' : refusal;
      }
      clock = struct.id.clock + struct.length;
    }
  }
  while (clock < to) {
    const end = sentUntil(clock);
    if (end === null) return 'missing_dependency';
    clock = end;
  }
  return null;
}

/** The struct the relay holds that contains `id`, or null when the relay has not seen that clock yet. */
export function findHeld(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return null;
  return (structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC | undefined) ?? null;
}
