import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionRow } from './SessionRow.ts';

export type { SessionRow };

export interface Storage {
  /** The SQLite file; the storage writer's thread opens it too, for document writes. */
  readonly file: string;
  createSession(row: Omit<SessionRow, 'closedAt'>): void;
  getSessionById(id: string): SessionRow | undefined;
  getSessionByCode(code: string): SessionRow | undefined;
  closeSession(id: string, at: number): void;
  addParticipant(sessionId: string, participantId: string, at: number): void;
  hasParticipant(sessionId: string, participantId: string): boolean;
  /** A document's update log, oldest first; written by the storage writer's thread (StorageWriter). */
  loadUpdates(docName: string): Uint8Array[];
  /** Who first wrote with each Yjs client id of a document (a participant id, or the facilitator's mark). */
  loadClientOwners(docName: string): Map<number, string>;
  getSetting(key: string): string | undefined;
  setSetting(key: string, value: string): void;
  close(): void;
  /** Names of the documents of a session that have stored updates (`SESSION/control`, `SESSION/group/P`…). */
  listDocuments(sessionId: string): string[];
  /** Ids of the participants the relay issued for a session. */
  listParticipants(sessionId: string): string[];
  /** Creates a session with its documents' updates in one transaction: all of it is stored, or nothing. */
  importSession(
    row: Omit<SessionRow, 'closedAt'>,
    documents: readonly { docName: string; update: Uint8Array }[],
  ): void;
}

const schema = `
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, title TEXT NOT NULL, language TEXT NOT NULL,
  facilitator_key_hash TEXT NOT NULL, created_at INTEGER NOT NULL, closed_at INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS sessions_open_code ON sessions(code) WHERE closed_at IS NULL;
CREATE TABLE IF NOT EXISTS participants (
  session_id TEXT NOT NULL, id TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (session_id, id)
);
CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS updates_doc ON updates(doc, id);
CREATE TABLE IF NOT EXISTS client_owners (
  doc TEXT NOT NULL, client INTEGER NOT NULL, owner TEXT NOT NULL, PRIMARY KEY (doc, client)
);
`;

interface SessionRecord {
  id: string;
  code: string;
  title: string;
  language: string;
  facilitator_key_hash: string;
  created_at: number;
  closed_at: number | null;
}

const toSession = (record: SessionRecord | undefined): SessionRow | undefined =>
  record && {
    id: record.id,
    code: record.code,
    title: record.title,
    language: record.language,
    facilitatorKeyHash: record.facilitator_key_hash,
    createdAt: record.created_at,
    closedAt: record.closed_at,
  };

/**
 * Opens (or creates) the relay's SQLite file in `dataDir`, in WAL mode with full fsync: sessions,
 * participants and settings are read and written here, document logs only read.
 */
export function openStorage(dataDir: string): Storage {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'peerloom.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(schema);

  const statements = {
    insertSession: db.prepare(
      'INSERT INTO sessions (id, code, title, language, facilitator_key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    sessionById: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    sessionByCode: db.prepare(
      'SELECT * FROM sessions WHERE code = ? ORDER BY closed_at IS NULL DESC, created_at DESC LIMIT 1',
    ),
    closeSession: db.prepare('UPDATE sessions SET closed_at = ? WHERE id = ? AND closed_at IS NULL'),
    insertParticipant: db.prepare(
      'INSERT OR IGNORE INTO participants (session_id, id, created_at) VALUES (?, ?, ?)',
    ),
    hasParticipant: db.prepare('SELECT 1 FROM participants WHERE session_id = ? AND id = ?'),
    loadUpdates: db.prepare('SELECT data FROM updates WHERE doc = ? ORDER BY id'),
    loadClientOwners: db.prepare('SELECT client, owner FROM client_owners WHERE doc = ?'),
    getSetting: db.prepare('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)'),
  };

  return {
    file,
    createSession: (row) =>
      void statements.insertSession.run(
        row.id,
        row.code,
        row.title,
        row.language,
        row.facilitatorKeyHash,
        row.createdAt,
      ),
    getSessionById: (id) => toSession(statements.sessionById.get(id) as SessionRecord | undefined),
    getSessionByCode: (code) => toSession(statements.sessionByCode.get(code) as SessionRecord | undefined),
    closeSession: (id, at) => void statements.closeSession.run(at, id),
    addParticipant: (sessionId, participantId, at) =>
      void statements.insertParticipant.run(sessionId, participantId, at),
    hasParticipant: (sessionId, participantId) =>
      statements.hasParticipant.get(sessionId, participantId) !== undefined,
    loadUpdates: (docName) =>
      (statements.loadUpdates.all(docName) as { data: Buffer }[]).map(
        (row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
      ),
    loadClientOwners: (docName) =>
      new Map(
        (statements.loadClientOwners.all(docName) as { client: number; owner: string }[]).map((row) => [
          row.client,
          row.owner,
        ]),
      ),
    getSetting: (key) => (statements.getSetting.get(key) as { value: string } | undefined)?.value,
    setSetting: (key, value) => void statements.setSetting.run(key, value),
    close: () => db.close(),
    ...openArchiveStatements(db),
  };
}

/** Reads and the one write the session archive needs (export and import). */
function openArchiveStatements(db: Database.Database) {
  const documentNames = db.prepare(
    'SELECT DISTINCT doc FROM updates WHERE doc >= ? AND doc < ? ORDER BY doc',
  );
  const participantIds = db.prepare(
    'SELECT id FROM participants WHERE session_id = ? ORDER BY created_at, id',
  );
  const insertSession = db.prepare(
    'INSERT INTO sessions (id, code, title, language, facilitator_key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertUpdate = db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)');
  const importSession = db.transaction(
    (row: Omit<SessionRow, 'closedAt'>, documents: readonly { docName: string; update: Uint8Array }[]) => {
      insertSession.run(row.id, row.code, row.title, row.language, row.facilitatorKeyHash, row.createdAt);
      for (const document of documents) insertUpdate.run(document.docName, Buffer.from(document.update));
    },
  );
  return {
    // '0' follows '/', so the range holds exactly the names that start with `SESSION/`.
    listDocuments: (sessionId: string) =>
      (documentNames.all(`${sessionId}/`, `${sessionId}0`) as { doc: string }[]).map((row) => row.doc),
    listParticipants: (sessionId: string) =>
      (participantIds.all(sessionId) as { id: string }[]).map((row) => row.id),
    importSession: (
      row: Omit<SessionRow, 'closedAt'>,
      documents: readonly { docName: string; update: Uint8Array }[],
    ) => importSession(row, documents),
  };
}
