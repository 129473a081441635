import type * as Y from 'yjs';

/**
 * What `transaction` changed in `doc`, per root-level name: the top-level keys of that root map it touched (a
 * change deep inside a value kept as a nested type counts for the key that holds it), or `'all'` when the root
 * is not keyed (an array). Null when a changed type cannot be traced to a root: the caller assumes everything.
 */
export function keysChanged(doc: Y.Doc, transaction: Y.Transaction): Map<string, Set<string> | 'all'> | null {
  const rootNames = new Map<unknown, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);
  const changes = new Map<string, Set<string> | 'all'>();
  const add = (name: string, key: string | null) => {
    const keys = changes.get(name);
    if (keys === 'all') return;
    if (key === null) changes.set(name, 'all');
    else if (keys) keys.add(key);
    else changes.set(name, new Set([key]));
  };
  for (const [changed, keys] of transaction.changed) {
    let type = changed;
    let key: string | null = null;
    while (type._item !== null) {
      key = type._item.parentSub;
      type = type._item.parent as typeof changed;
    }
    const name = rootNames.get(type);
    if (name === undefined) return null;
    if (type !== changed) add(name, key);
    else for (const entry of keys) add(name, entry);
  }
  return changes;
}
