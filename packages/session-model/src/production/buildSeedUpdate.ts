import * as Y from 'yjs';
import { FROM_ANSWERS_FIELD_ID, fieldFragmentName } from '../schema/creationLayout.ts';
import type { Production } from '../schema/creationTypes.ts';

/** A Yjs client id derived from the production id, the same on every device. */
function seedClientId(productionId: string): number {
  let hash = 2166136261;
  for (const character of `seed:${productionId}`) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/**
 * The "start from our answers" field as one Yjs update, byte-identical on every device: it is built from
 * the seed frozen in the control document under a client id derived from the production id, so members
 * who open the production at the same moment write the same items once, and a field the group emptied
 * stays empty when the update is applied again.
 */
export function buildSeedUpdate(production: Production): Uint8Array | null {
  const seed = production.seed;
  if (!seed || (seed.quotes.length === 0 && seed.terms.length === 0)) return null;
  const doc = new Y.Doc();
  doc.clientID = seedClientId(production.id);
  const blocks: Y.XmlElement[] = [];
  // Paragraphs only: the field editor's schema has no blockquote, and an editor deletes nodes it cannot show.
  for (const quote of seed.quotes) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`“${quote.text}” — ${quote.name}`)]);
    blocks.push(paragraph);
  }
  if (seed.terms.length > 0) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(seed.terms.map((term) => `#${term}`).join(' '))]);
    blocks.push(paragraph);
  }
  doc.getXmlFragment(fieldFragmentName(FROM_ANSWERS_FIELD_ID)).insert(0, blocks);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
