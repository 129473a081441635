import type * as Y from 'yjs';

/**
 * The end clock of every Yjs client a transaction added structs for, from the state vectors Yjs already
 * took before and after it (what `Y.parseUpdateMeta(update).to` reads from the transaction's update, without
 * decoding that update a second time).
 */
export function advancedClocks(transaction: Y.Transaction): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const [client, clock] of transaction.afterState) {
    if (clock !== (transaction.beforeState.get(client) ?? 0)) clocks.set(client, clock);
  }
  return clocks;
}
