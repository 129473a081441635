import type { ReadableValue } from './readDocumentContent.ts';

/** The `format` field of every session archive. */
export const ARCHIVE_FORMAT = 'peerloom-session-archive';
/** The archive shape this relay writes and reads; see sync-server/docs/archive-format.md. */
export const ARCHIVE_VERSION = 1;

/** Stands for the session's id wherever it appears in a document; an import writes the new session's. */
export const SESSION_ID_PLACEHOLDER = '{{sessionId}}';
/** Stands for a value that was exactly the session's join code; an import writes the new session's. */
export const JOIN_CODE_PLACEHOLDER = '{{joinCode}}';

/** One document of the session: its path in the session, its content as JSON, and its Yjs state. */
export interface ArchiveDocument {
  /** `control`, `room` or `group/PRODUCTION_ID`. */
  path: string;
  /** Readable content, root by root (informative: an import reads `update`). */
  content: Record<string, ReadableValue>;
  /** The whole document as one Yjs update (v1 encoding), base64. */
  update: string;
}

/** A whole session, as `GET /api/sessions/:id/archive` writes it and `POST /api/sessions/import` reads it. */
export interface SessionArchive {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  session: { title: string; language: string; createdAt: string };
  documents: ArchiveDocument[];
}
