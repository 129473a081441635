import * as Y from 'yjs';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types its roots' events as YEvent<any>.
type AnyType = Y.AbstractType<Y.YEvent<any>>;

export type RootKind = 'map' | 'array' | 'xml' | 'text' | 'empty';

/**
 * What kind of shared type a root of a document decoded from an update is. The relay does not know
 * the session schema, so it reads the kind from the stored items: a root is created untyped when a
 * document is loaded from an update. Roots named `field:…` are template fields (XmlFragment).
 */
export function rootKind(name: string, type: AnyType): RootKind {
  let item = type._start;
  while (item && (item.deleted || item.content instanceof Y.ContentDeleted)) item = item.right;
  if (item) {
    const content = item.content;
    if (content instanceof Y.ContentType) {
      const child = content.type;
      return child instanceof Y.XmlElement || child instanceof Y.XmlText || child instanceof Y.XmlHook
        ? 'xml'
        : 'array';
    }
    if (
      content instanceof Y.ContentString ||
      content instanceof Y.ContentFormat ||
      content instanceof Y.ContentEmbed
    ) {
      return 'text';
    }
    return 'array';
  }
  for (const entry of type._map.values()) if (!entry.deleted) return 'map';
  return name.startsWith('field:') ? 'xml' : 'empty';
}

/** A root of a document with its kind and its typed shared type. */
export type TypedRoot = { name: string } & (
  | { kind: 'map'; type: Y.Map<unknown> }
  | { kind: 'array'; type: Y.Array<unknown> }
  | { kind: 'xml'; type: Y.XmlFragment }
  | { kind: 'text'; type: Y.Text }
);

/** Each root of `doc` with its kind, typed (`doc.getMap(name)`…), in name order; empty roots are left out. */
export function typedRoots(doc: Y.Doc): TypedRoot[] {
  const roots: TypedRoot[] = [];
  for (const name of [...doc.share.keys()].sort()) {
    const untyped = doc.share.get(name);
    if (!untyped) continue;
    const kind = rootKind(name, untyped);
    if (kind === 'map') roots.push({ name, kind, type: doc.getMap(name) });
    else if (kind === 'array') roots.push({ name, kind, type: doc.getArray(name) });
    else if (kind === 'xml') roots.push({ name, kind, type: doc.getXmlFragment(name) });
    else if (kind === 'text') roots.push({ name, kind, type: doc.getText(name) });
  }
  return roots;
}
