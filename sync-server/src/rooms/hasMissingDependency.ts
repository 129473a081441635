import * as Y from 'yjs';
import type { DecodedUpdate } from './checkDeletion.ts';

/**
 * Whether the update needs something neither the relay nor the update holds: a struct whose earlier clocks,
 * left or right neighbour, or parent is unknown, or a deletion of clocks not yet written. Yjs would keep
 * such parts pending and apply them later, unchecked; the relay holds the whole update instead.
 */
export function hasMissingDependency(doc: Y.Doc, { structs, ds }: DecodedUpdate): boolean {
  const sentUntil = new Map<number, { from: number; to: number }[]>();
  for (const struct of structs) {
    // A Skip marks clocks the update lacks (a gap left by merging updates): they are not sent.
    if (struct instanceof Y.Skip) continue;
    const ranges = sentUntil.get(struct.id.client) ?? [];
    ranges.push({ from: struct.id.clock, to: struct.id.clock + struct.length });
    sentUntil.set(struct.id.client, ranges);
  }
  const known = (client: number, clock: number) =>
    clock < Y.getState(doc.store, client) ||
    (sentUntil.get(client)?.some((range) => range.from <= clock && clock < range.to) ?? false);
  const knownId = (id: Y.ID | null) => id === null || known(id.client, id.clock);

  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    if (clock > 0 && !known(client, clock - 1)) return true;
    if (!(struct instanceof Y.Item)) continue;
    if (!knownId(struct.origin) || !knownId(struct.rightOrigin)) return true;
    if (struct.parent instanceof Y.ID && !knownId(struct.parent)) return true;
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      for (let clock = range.clock; clock < range.clock + range.len; ) {
        if (!known(client, clock)) return true;
        const held = Y.getState(doc.store, client);
        const sent = sentUntil.get(client)?.find((part) => part.from <= clock && clock < part.to);
        clock = clock < held ? held : (sent?.to ?? range.clock + range.len);
      }
    }
  }
  return false;
}
