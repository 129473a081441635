import type * as Y from 'yjs';
import { fieldFragmentName } from '../schema/creationLayout.ts';
import { countWordsByAuthor, type WordsByAuthor } from './countWordsByAuthor.ts';
import type { FieldBlock } from './FieldBlock.ts';
import { isEmptyBlocks, readFieldBlocks } from './readFieldBlocks.ts';

/** What the session page shows of one production. */
export interface ProductionPage {
  /** Field id → its rich text; fields with no text are absent. */
  readonly fields: Readonly<Record<string, readonly FieldBlock[]>>;
  readonly words: WordsByAuthor;
}

const FIELD_PREFIX = fieldFragmentName('');

/** Reads a group document for the session page: every non-empty field's blocks, and words per author. */
export function readProductionPage(doc: Y.Doc): ProductionPage {
  const fields: Record<string, readonly FieldBlock[]> = {};
  for (const name of doc.share.keys()) {
    if (!name.startsWith(FIELD_PREFIX)) continue;
    const blocks = readFieldBlocks(doc.getXmlFragment(name));
    if (!isEmptyBlocks(blocks)) fields[name.slice(FIELD_PREFIX.length)] = blocks;
  }
  return Object.freeze({ fields: Object.freeze(fields), words: countWordsByAuthor(doc) });
}
