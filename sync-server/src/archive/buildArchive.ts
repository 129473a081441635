import * as Y from 'yjs';
import { createSecret } from '../auth/secrets.ts';
import type { SessionRow } from '../storage/SessionRow.ts';
import { readDocumentContent } from './readDocumentContent.ts';
import type { Remap } from './rebuildDocument.ts';
import { remapDocument } from './remapDocument.ts';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveDocument,
  JOIN_CODE_PLACEHOLDER,
  SESSION_ID_PLACEHOLDER,
  type SessionArchive,
} from './SessionArchive.ts';

export interface ArchiveSource {
  session: SessionRow;
  /** Every participant id the relay issued for the session: each is replaced wherever it appears. */
  participantIds: readonly string[];
  /** Each document's path in the session and its whole state as one update. */
  documents: readonly { path: string; state: Uint8Array }[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces each participant id by a fresh opaque id of the same shape, the same one everywhere; and,
 * when given, the session id by `{{sessionId}}` and a value equal to the join code by `{{joinCode}}`.
 */
export function createParticipantRemap(
  participantIds: readonly string[],
  session?: { id: string; code: string },
): Remap {
  const ids = [...new Set(participantIds)].filter((id) => id.length > 0);
  const fresh = new Map(ids.map((id) => [id, createSecret(9)]));
  if (session) {
    ids.push(session.id);
    fresh.set(session.id, SESSION_ID_PLACEHOLDER);
  }
  if (ids.length === 0) return (text) => text;
  const pattern = new RegExp(
    ids
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  return (text) =>
    session && text === session.code
      ? JOIN_CODE_PLACEHOLDER
      : text.replace(pattern, (id) => fresh.get(id) ?? id);
}

const pathOrder = (path: string) => (path === 'control' ? 0 : path === 'room' ? 1 : 2);

/**
 * The session archive: every document with participant ids replaced (keys, values, attributes;
 * rewritten in place where only values hold them, else rebuilt) and the session's id and join code
 * replaced by placeholders, then its readable content and its state as one update. Nothing in it
 * names the facilitator key, a token, a participant id the relay issued, the session's id or its
 * join code.
 */
export async function buildArchive(source: ArchiveSource, now: number): Promise<SessionArchive> {
  const remap = createParticipantRemap(source.participantIds, source.session);
  const forbidden = [...source.participantIds, source.session.id];
  const ordered = [...source.documents].sort(
    (a, b) => pathOrder(a.path) - pathOrder(b.path) || (a.path < b.path ? -1 : 1),
  );
  const documents: ArchiveDocument[] = [];
  for (const { path, state } of ordered) {
    // One document per turn of the event loop: a live room keeps relaying while a big session exports.
    await new Promise((resolve) => setImmediate(resolve));
    const original = new Y.Doc();
    Y.applyUpdate(original, state);
    const remapped = remapDocument(original, remap, forbidden);
    documents.push({
      path: remap(path),
      content: readDocumentContent(remapped),
      update: Buffer.from(Y.encodeStateAsUpdate(remapped)).toString('base64'),
    });
    original.destroy();
    remapped.destroy();
  }
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date(now).toISOString(),
    session: {
      title: source.session.title,
      language: source.session.language,
      createdAt: new Date(source.session.createdAt).toISOString(),
    },
    documents,
  };
}
