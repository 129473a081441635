import * as Y from 'yjs';
import { typedRoots } from './rootKind.ts';

/** A JSON value as the archive writes a document's content (see sync-server/docs/archive-format.md). */
export type ReadableValue =
  | string
  | number
  | boolean
  | null
  | ReadableValue[]
  | { [key: string]: ReadableValue };

/** A node of a rich-text field: an element with attributes and children, or a run of text with its marks. */
export type ReadableXmlNode =
  | { element: string; attributes: Record<string, ReadableValue>; children: ReadableXmlNode[] }
  | { text: string; marks?: Record<string, ReadableValue> };

const sortedObject = (entries: [string, ReadableValue][]) =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function readValue(value: unknown): ReadableValue {
  if (value instanceof Y.Map) {
    return sortedObject([...value.entries()].map(([key, entry]) => [key, readValue(entry)]));
  }
  if (value instanceof Y.Array) return value.toArray().map(readValue);
  if (value instanceof Y.XmlFragment || value instanceof Y.XmlElement || value instanceof Y.XmlText) {
    return readXml(value) as unknown as ReadableValue;
  }
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Uint8Array) return { binary: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(readValue);
  if (value && typeof value === 'object') {
    return sortedObject(Object.entries(value).map(([key, entry]) => [key, readValue(entry)]));
  }
  if (value === undefined) return null;
  return value as ReadableValue;
}

function readXmlNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): ReadableXmlNode[] {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]).map((run) => {
      const text = typeof run.insert === 'string' ? run.insert : '';
      const marks = run.attributes ? (readValue(run.attributes) as Record<string, ReadableValue>) : null;
      return marks && Object.keys(marks).length > 0 ? { text, marks } : { text };
    });
  }
  if (node instanceof Y.XmlElement) {
    return [
      {
        element: node.nodeName,
        attributes: readValue(node.getAttributes()) as Record<string, ReadableValue>,
        children: node.toArray().flatMap(readXmlNode),
      },
    ];
  }
  return [];
}

function readXml(type: Y.XmlFragment | Y.XmlElement | Y.XmlText): ReadableXmlNode[] {
  if (type instanceof Y.XmlFragment && !(type instanceof Y.XmlElement)) {
    return type.toArray().flatMap(readXmlNode);
  }
  return readXmlNode(type as Y.XmlElement | Y.XmlText);
}

/**
 * A document's content as plain JSON, root by root in name order: maps as objects (keys sorted),
 * arrays as arrays, rich-text fields as element/text trees, text as strings. Two documents with the
 * same content read the same, whatever their edit history.
 */
export function readDocumentContent(doc: Y.Doc): Record<string, ReadableValue> {
  const content: Record<string, ReadableValue> = {};
  for (const root of typedRoots(doc)) {
    content[root.name] =
      root.kind === 'xml' ? (readXml(root.type) as unknown as ReadableValue) : readValue(root.type);
  }
  return content;
}
