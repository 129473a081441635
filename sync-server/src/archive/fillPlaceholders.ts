import * as Y from 'yjs';
import { rebuildDocument } from './rebuildDocument.ts';
import { JOIN_CODE_PLACEHOLDER, SESSION_ID_PLACEHOLDER } from './SessionArchive.ts';

/** An imported document, rebuilt with the new session's id and join code in place of the archive's placeholders. */
export function fillPlaceholders(update: Uint8Array, session: { id: string; code: string }): Uint8Array {
  const source = new Y.Doc();
  Y.applyUpdate(source, update);
  const rebuilt = rebuildDocument(source, (text) =>
    text === JOIN_CODE_PLACEHOLDER ? session.code : text.replaceAll(SESSION_ID_PLACEHOLDER, session.id),
  );
  const filled = Y.encodeStateAsUpdate(rebuilt);
  source.destroy();
  rebuilt.destroy();
  return filled;
}
