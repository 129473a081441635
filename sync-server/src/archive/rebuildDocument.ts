import * as Y from 'yjs';
import { typedRoots } from './rootKind.ts';

/** Rewrites one string (a map key, a value, an attribute): the archive uses it to replace participant ids. */
export type Remap = (text: string) => string;

type Delta = { insert: unknown; attributes?: Record<string, unknown> }[];

/** A JSON value with every string (keys too) passed through `remap`; binary values are kept. */
export function remapJson(value: unknown, remap: Remap): unknown {
  if (typeof value === 'string') return remap(value);
  if (Array.isArray(value)) return value.map((entry) => remapJson(entry, remap));
  if (value instanceof Uint8Array) return value;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [remap(key), remapJson(entry, remap)]),
    );
  }
  return value;
}

const cloneDelta = (delta: Delta, remap: Remap): Delta =>
  delta.map((run) => ({
    insert: typeof run.insert === 'string' ? remap(run.insert) : remapJson(run.insert, remap),
    ...(run.attributes ? { attributes: remapJson(run.attributes, remap) as Record<string, unknown> } : {}),
  }));

function cloneXml(node: unknown, remap: Remap): Y.XmlElement | Y.XmlText | null {
  if (node instanceof Y.XmlText) {
    const text = new Y.XmlText();
    text.applyDelta(cloneDelta(node.toDelta() as Delta, remap));
    return text;
  }
  if (node instanceof Y.XmlElement) {
    const element = new Y.XmlElement(node.nodeName);
    for (const [name, value] of Object.entries(node.getAttributes())) {
      element.setAttribute(remap(name), remapJson(value, remap) as string);
    }
    element.insert(0, cloneXmlChildren(node, remap));
    return element;
  }
  return null;
}

const cloneXmlChildren = (parent: Y.XmlFragment, remap: Remap) =>
  parent
    .toArray()
    .map((child) => cloneXml(child, remap))
    .filter((child): child is Y.XmlElement | Y.XmlText => child !== null);

function cloneValue(value: unknown, remap: Remap): unknown {
  if (value instanceof Y.XmlElement || value instanceof Y.XmlText) return cloneXml(value, remap);
  if (value instanceof Y.XmlFragment) {
    const fragment = new Y.XmlFragment();
    fragment.insert(0, cloneXmlChildren(value, remap));
    return fragment;
  }
  if (value instanceof Y.Map) {
    return new Y.Map(
      [...value.entries()].map(([key, entry]) => [remap(key), cloneValue(entry, remap)] as [string, unknown]),
    );
  }
  if (value instanceof Y.Array) {
    return Y.Array.from(value.toArray().map((entry) => cloneValue(entry, remap)) as Y.Array<unknown>[]);
  }
  if (value instanceof Y.Text) {
    const text = new Y.Text();
    text.applyDelta(cloneDelta(value.toDelta() as Delta, remap));
    return text;
  }
  return remapJson(value, remap);
}

/**
 * A new document with the same content as `source` (read from a copy, so `source` keeps its roots
 * untyped) and every string passed through `remap`: map keys, values, attributes and text. The new
 * document has one fresh Yjs client and no history of its own.
 */
export function rebuildDocument(source: Y.Doc, remap: Remap): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  const target = new Y.Doc();
  target.transact(() => {
    for (const root of typedRoots(copy)) {
      const name = remap(root.name);
      if (root.kind === 'map') {
        const map = target.getMap(name);
        for (const [key, entry] of root.type.entries()) {
          map.set(remap(key), cloneValue(entry, remap));
        }
      } else if (root.kind === 'array') {
        const entries = root.type.toArray().map((entry) => cloneValue(entry, remap));
        target.getArray<unknown>(name).push(entries);
      } else if (root.kind === 'xml') {
        target.getXmlFragment(name).insert(0, cloneXmlChildren(root.type, remap));
      } else {
        target.getText(name).applyDelta(cloneDelta(root.type.toDelta() as Delta, remap));
      }
    }
  });
  copy.destroy();
  return target;
}
