import * as Y from 'yjs';
import type { ClientOwners } from './ClientOwners.ts';

/**
 * Checks the Yjs client ids an update writes with: every struct the relay does not hold yet must use an id
 * bound to `writer`, or one nobody owns (then returned, to be bound to `writer` once applied). Structs the
 * relay already holds are an echo any device may send. Taking another's id would let a device move that
 * person's clocks forward and make their real edits arrive as duplicates that Yjs ignores.
 */
export function checkClientIds(
  doc: Y.Doc,
  structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  owners: ClientOwners,
  writer: string,
): { refused: true } | { refused: false; unbound: ReadonlySet<number> } {
  const unbound = new Set<number>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const client = struct.id.client;
    if (struct.id.clock + struct.length <= Y.getState(doc.store, client)) continue;
    const owner = owners.ownerOf(client);
    if (owner === undefined) unbound.add(client);
    else if (owner !== writer) return { refused: true };
  }
  return { refused: false, unbound };
}
