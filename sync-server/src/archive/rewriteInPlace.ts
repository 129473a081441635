import * as Y from 'yjs';
import { type Remap, remapJson } from './rebuildDocument.ts';
import { typedRoots } from './rootKind.ts';

class KeyOrTextChanges extends Error {}

const changed = (value: unknown, remap: Remap) => {
  const next = remapJson(value, remap);
  return JSON.stringify(next) === JSON.stringify(value) ? null : { next };
};

function rewriteType(type: unknown, remap: Remap): void {
  if (type instanceof Y.XmlText || type instanceof Y.Text) {
    if (changed(type.toDelta(), remap)) throw new KeyOrTextChanges();
    return;
  }
  if (type instanceof Y.XmlFragment) {
    if (type instanceof Y.XmlElement) {
      for (const [name, value] of Object.entries(type.getAttributes())) {
        if (remap(name) !== name) throw new KeyOrTextChanges();
        const update = changed(value, remap);
        if (update) type.setAttribute(name, update.next as string);
      }
    }
    for (const child of type.toArray()) rewriteType(child, remap);
    return;
  }
  if (type instanceof Y.Map) {
    for (const [key, value] of [...type.entries()]) {
      if (remap(key) !== key) throw new KeyOrTextChanges();
      if (value instanceof Y.AbstractType) rewriteType(value, remap);
      else {
        const update = changed(value, remap);
        if (update) type.set(key, update.next);
      }
    }
    return;
  }
  if (type instanceof Y.Array) {
    for (const [index, value] of type.toArray().entries()) {
      if (value instanceof Y.AbstractType) {
        rewriteType(value, remap);
        continue;
      }
      const update = changed(value, remap);
      if (!update) continue;
      type.delete(index, 1);
      type.insert(index, [update.next]);
    }
  }
}

/**
 * A copy of `source` in which values (map values, array entries, attributes) are passed through
 * `remap` by overwriting them, so the rest of the history stays: text keeps the Yjs client ids of
 * the people who wrote it (what contributions are counted from), and a seed written under a fixed
 * client id stays recognisable. Overwritten values are garbage-collected from the copy. Returns
 * null when a map key, an attribute name or text would change: a deleted map entry keeps its key in
 * the encoded history, so those documents must be rebuilt instead.
 */
export function rewriteInPlace(source: Y.Doc, remap: Remap): Y.Doc | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  try {
    copy.transact(() => {
      for (const root of typedRoots(copy)) {
        if (remap(root.name) !== root.name) throw new KeyOrTextChanges();
        rewriteType(root.type, remap);
      }
    });
    return copy;
  } catch (error) {
    copy.destroy();
    if (error instanceof KeyOrTextChanges) return null;
    throw error;
  }
}
