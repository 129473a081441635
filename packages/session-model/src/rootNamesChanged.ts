import type * as Y from 'yjs';

/**
 * The root-level names of the types `transaction` changed (a change deep inside a nested type counts for the
 * root that holds it); null when one cannot be told, and the caller must then assume that everything changed.
 */
export function rootNamesChanged(doc: Y.Doc, transaction: Y.Transaction): Set<string> | null {
  const roots = new Set<unknown>();
  for (const changed of transaction.changed.keys()) {
    let type = changed;
    while (type._item !== null) type = type._item.parent as typeof changed;
    roots.add(type);
  }
  const names = new Set<string>();
  for (const [name, type] of doc.share) {
    if (roots.delete(type)) names.add(name);
  }
  return roots.size === 0 ? names : null;
}
