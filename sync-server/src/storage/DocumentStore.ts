import type { StorageWrite } from './StorageWriter.ts';

/** A document as stored: its updates (a checkpoint first, once compacted) and who owns its Yjs client ids. */
export interface StoredDocument {
  updates: Uint8Array[];
  owners: Map<number, string>;
  /** Redis: the id of the last log entry read, from which this relay follows what other relays append. */
  position?: string;
}

/**
 * Where document update logs live (SQLite's `updates` table, or Redis Streams). Every method is
 * asynchronous: a room loads before it answers anyone, and `commit` resolves only once the writes are
 * stored (the caller forwards nothing before, acknowledges nothing before they are synced, and keeps what a
 * rejected commit held for the next try).
 */
export interface DocumentStore {
  load(docName: string): Promise<StoredDocument>;
  /**
   * Commits `writes` in order (appends, owner bindings, compactions); resolves once they are stored, and with
   * `sync` once they and every write stored before them are on disk (an empty `writes` then only syncs). A store
   * whose every commit is as durable as it gets (Redis: its `appendfsync` decides) ignores `sync`.
   */
  commit(writes: readonly StorageWrite[], options?: { sync: boolean }): Promise<unknown>;
  /** Names of a session's documents that have stored updates (`SESSION/control`, `SESSION/group/P`…). */
  listDocuments(sessionId: string): Promise<string[]>;
}
