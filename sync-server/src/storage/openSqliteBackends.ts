import { openStorage } from './openStorage.ts';
import type { StorageBackends } from './StorageBackends.ts';
import { StorageWriter } from './StorageWriter.ts';

/**
 * The embedded mode (no `REDIS_URL`): one SQLite file in `dataDir`. Directory reads and writes run on the
 * main thread (better-sqlite3 is synchronous; they are small), document commits on the writer's thread.
 */
export function openSqliteBackends(dataDir: string, onWriterExit: (error: Error) => void): StorageBackends {
  const storage = openStorage(dataDir);
  const writer = new StorageWriter(storage.file, onWriterExit);
  const run = <T>(read: () => T): Promise<T> => {
    try {
      return Promise.resolve(read());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    documents: {
      load: (docName) =>
        run(() => ({ updates: storage.loadUpdates(docName), owners: storage.loadClientOwners(docName) })),
      commit: (writes, options) => writer.commit(writes, options),
      listDocuments: (sessionId) => run(() => storage.listDocuments(sessionId)),
    },
    directory: {
      createSession: (row) => run(() => storage.createSession(row)),
      getSessionById: (id) => run(() => storage.getSessionById(id)),
      getSessionByCode: (code) => run(() => storage.getSessionByCode(code)),
      closeSession: (id, at) => run(() => storage.closeSession(id, at)),
      addParticipant: (sessionId, participantId, at) =>
        run(() => storage.addParticipant(sessionId, participantId, at)),
      hasParticipant: (sessionId, participantId) =>
        run(() => storage.hasParticipant(sessionId, participantId)),
      listParticipants: (sessionId) => run(() => storage.listParticipants(sessionId)),
      getSetting: (key) => run(() => storage.getSetting(key)),
      setSetting: (key, value) => run(() => storage.setSetting(key, value)),
      claimSetting: (key, value) =>
        run(() => {
          const stored = storage.getSetting(key);
          if (stored !== undefined) return stored;
          storage.setSetting(key, value);
          return value;
        }),
      importSession: (row, documents) => run(() => storage.importSession(row, documents)),
    },
    writer,
    link: null,
    joinBounds: null,
    localFile: storage.file,
    close: async () => {
      await writer.close();
      storage.close();
    },
  };
}
