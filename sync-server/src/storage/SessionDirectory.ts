import type { SessionRow } from './SessionRow.ts';

/**
 * Sessions, their codes and participants, and the relay's settings (token secret, read links), in SQLite or
 * in Redis (shared by every relay of an installation). `createSession` rejects when the code is taken by an
 * open session, so the caller draws another.
 */
export interface SessionDirectory {
  createSession(row: Omit<SessionRow, 'closedAt'>): Promise<void>;
  getSessionById(id: string): Promise<SessionRow | undefined>;
  getSessionByCode(code: string): Promise<SessionRow | undefined>;
  closeSession(id: string, at: number): Promise<void>;
  addParticipant(sessionId: string, participantId: string, at: number): Promise<void>;
  hasParticipant(sessionId: string, participantId: string): Promise<boolean>;
  /** Ids of the participants the relay issued for a session, in the order they joined. */
  listParticipants(sessionId: string): Promise<string[]>;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  /** Stores `value` unless the key has one already; resolves with the stored value (relays starting together agree). */
  claimSetting(key: string, value: string): Promise<string>;
  /** Creates a session with its documents' updates: all of it is stored, or nothing. */
  importSession(
    row: Omit<SessionRow, 'closedAt'>,
    documents: readonly { docName: string; update: Uint8Array }[],
  ): Promise<void>;
}
