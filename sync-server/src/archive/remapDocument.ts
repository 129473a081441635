import * as Y from 'yjs';
import { type Remap, rebuildDocument } from './rebuildDocument.ts';
import { rewriteInPlace } from './rewriteInPlace.ts';

/** Whether an encoded update holds any of `texts` (Yjs writes strings as UTF-8, so they show as they are). */
export function updateContains(update: Uint8Array, texts: readonly string[]): boolean {
  const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  return texts.some((text) => text.length > 0 && bytes.includes(text));
}

/**
 * `source` with every string passed through `remap`, and none of `forbidden` left anywhere in its
 * encoded state: rewritten in place when only values change (the history, and so who wrote which
 * words, stays), otherwise rebuilt from its content.
 */
export function remapDocument(source: Y.Doc, remap: Remap, forbidden: readonly string[]): Y.Doc {
  const rewritten = rewriteInPlace(source, remap);
  if (rewritten && !updateContains(Y.encodeStateAsUpdate(rewritten), forbidden)) return rewritten;
  rewritten?.destroy();
  return rebuildDocument(source, remap);
}
