import * as Y from 'yjs';
import type { RoomRegistry } from '../rooms/RoomRegistry.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';

/** Each document of a session with its whole state: the loaded copy when in memory, else the stored log. */
export async function readDocumentStates(
  sessionId: string,
  rooms: RoomRegistry,
  documents: DocumentStore,
): Promise<{ path: string; state: Uint8Array }[]> {
  const loaded = rooms.loadedDocuments(sessionId);
  const names = new Set([...(await documents.listDocuments(sessionId)), ...loaded.keys()]);
  return Promise.all(
    [...names].map(async (name) => {
      const doc = loaded.get(name);
      return {
        path: name.slice(sessionId.length + 1),
        state: doc ? Y.encodeStateAsUpdate(doc) : Y.mergeUpdates((await documents.load(name)).updates),
      };
    }),
  );
}
