import * as Y from 'yjs';
import { HttpError } from '../http/jsonBody.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from './SessionArchive.ts';

/** What an import stores: the session's title and language, and each document as one checked update. */
export interface ParsedArchive {
  title: string;
  language: string;
  documents: { path: string; update: Uint8Array }[];
}

export interface ArchiveLimits {
  maxDocuments: number;
  maxTitleLength: number;
}

const DOCUMENT_PATH = /^(control|room|group\/[\w-]{1,64})$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const LANGUAGES = new Set(['en', 'fr']);

const invalid = (message: string) => new HttpError(400, 'invalid_archive', message);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Decodes one document's update into a fresh Y.Doc; a garbled or incomplete update is refused. */
function checkedUpdate(path: string, encoded: unknown): Uint8Array {
  if (typeof encoded !== 'string' || encoded.length % 4 !== 0 || !BASE64.test(encoded)) {
    throw invalid(`Document "${path}": "update" must be base64 text.`);
  }
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, Buffer.from(encoded, 'base64'));
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      throw new Error('missing earlier updates');
    }
    return Y.encodeStateAsUpdate(doc);
  } catch (error) {
    throw invalid(`Document "${path}": its Yjs update cannot be read (${String(error).slice(0, 80)}).`);
  } finally {
    doc.destroy();
  }
}

/**
 * Checks an archive body before anything is stored: format and version, session title and
 * language, each document's path (control, room, group/ID; no duplicate; control and room present)
 * and update (it must decode on its own). Every problem is a 400 with a message saying what is wrong.
 */
export async function parseArchive(
  body: Record<string, unknown>,
  limits: ArchiveLimits,
): Promise<ParsedArchive> {
  if (body.format !== ARCHIVE_FORMAT) {
    throw invalid(`This file is not a Peerloom session archive (expected "format": "${ARCHIVE_FORMAT}").`);
  }
  if (body.version !== ARCHIVE_VERSION) {
    throw new HttpError(
      400,
      'unsupported_archive_version',
      `This archive has version ${JSON.stringify(body.version)}; this Peerloom reads version ${ARCHIVE_VERSION}.`,
    );
  }
  const session = body.session;
  if (!isRecord(session)) throw invalid('The archive has no "session" object.');
  const title = typeof session.title === 'string' ? session.title.trim() : '';
  if (!title || title.length > limits.maxTitleLength) {
    throw invalid(`The session title must be 1 to ${limits.maxTitleLength} characters.`);
  }
  const language =
    typeof session.language === 'string' && LANGUAGES.has(session.language) ? session.language : 'en';
  const documents = body.documents;
  if (!Array.isArray(documents)) throw invalid('The archive has no "documents" list.');
  if (documents.length > limits.maxDocuments) {
    throw invalid(
      `The archive has ${documents.length} documents; at most ${limits.maxDocuments} are allowed.`,
    );
  }
  const seen = new Set<string>();
  const parsed: ParsedArchive['documents'] = [];
  for (const [index, document] of documents.entries()) {
    // One document per turn of the event loop: live rooms keep relaying while a big archive is checked.
    await new Promise((resolve) => setImmediate(resolve));
    if (!isRecord(document)) throw invalid(`Document ${index + 1} is not an object.`);
    const path = document.path;
    if (typeof path !== 'string' || !DOCUMENT_PATH.test(path)) {
      throw invalid(`Document ${index + 1} has no valid "path" (control, room or group/ID).`);
    }
    if (seen.has(path)) throw invalid(`Document "${path}" appears twice.`);
    seen.add(path);
    parsed.push({ path, update: checkedUpdate(path, document.update) });
  }
  for (const required of ['control', 'room']) {
    if (!seen.has(required)) throw invalid(`The archive has no "${required}" document.`);
  }
  return { title, language, documents: parsed };
}
