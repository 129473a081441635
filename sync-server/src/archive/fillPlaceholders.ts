import * as Y from 'yjs';
import { remapDocument, updateContains } from './remapDocument.ts';
import { JOIN_CODE_PLACEHOLDER, SESSION_ID_PLACEHOLDER } from './SessionArchive.ts';

const PLACEHOLDERS = [SESSION_ID_PLACEHOLDER, JOIN_CODE_PLACEHOLDER];

/**
 * An imported document with the new session's id and join code in place of the archive's
 * placeholders; a document without any (a production, usually) is stored as it came, history and all.
 */
export function fillPlaceholders(update: Uint8Array, session: { id: string; code: string }): Uint8Array {
  if (!updateContains(update, PLACEHOLDERS)) return update;
  const source = new Y.Doc();
  Y.applyUpdate(source, update);
  const filled = remapDocument(
    source,
    (text) =>
      text === JOIN_CODE_PLACEHOLDER ? session.code : text.replaceAll(SESSION_ID_PLACEHOLDER, session.id),
    PLACEHOLDERS,
  );
  const encoded = Y.encodeStateAsUpdate(filled);
  source.destroy();
  filled.destroy();
  return encoded;
}
