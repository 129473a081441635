import type { IncomingMessage } from 'node:http';
import { buildArchive } from '../archive/buildArchive.ts';
import { fillPlaceholders } from '../archive/fillPlaceholders.ts';
import { parseArchive } from '../archive/parseArchive.ts';
import type { ReadLinkState, ReadLinks } from '../auth/ReadLinks.ts';
import type { SessionDirectory } from '../storage/SessionDirectory.ts';
import type { SessionRow } from '../storage/SessionRow.ts';
import { HttpError, readJsonBody } from './jsonBody.ts';
import { TokenBucket } from './TokenBucket.ts';

/** Imports are rare and heavy (up to 32 MiB of JSON to parse): 10 at once per relay, then one every 5 s. */
const IMPORT_BURST = 10;
const IMPORTS_PER_SECOND = 0.2;

export interface ShareOptions {
  readLinks: ReadLinks;
  /** How long a read link token is valid, revocation aside. */
  readLinkTtlMs: number;
  /** Closes the sockets opened with a revoked link (code 4410). */
  onReadLinkRevoked: (sessionId: string) => void;
  /** Each document of a session with its whole state (from memory when loaded, else from storage). */
  documentStates: (sessionId: string) => Promise<{ path: string; state: Uint8Array }[]>;
  maxDocumentsPerSession: number;
  /** Largest archive an import accepts, in bytes. */
  maxArchiveBytes: number;
}

export interface ShareHelpers {
  storage: SessionDirectory;
  now: () => number;
  facilitatorSession: (request: IncomingMessage, sessionId: string) => Promise<SessionRow>;
  /** Signs a read link token for `epoch`, issued at `issuedAt` (the same link each time it is asked for). */
  issueReadLinkToken: (sessionId: string, epoch: number, issuedAt: number, ttlMs: number) => string;
  /** Stores a new session with its documents in one transaction; returns what `POST /api/sessions` returns. */
  createSession: (
    title: string,
    language: string,
    documents: (session: { id: string; code: string }) => { path: string; update: Uint8Array }[],
  ) => Promise<Record<string, unknown>>;
  maxTitleLength: number;
}

export type ShareReply = { status: number; body: unknown; headers?: Record<string, string> };

const SESSION_ROUTE = /^\/api\/sessions\/([\w-]{1,64})\/(read-link|archive)$/;

/**
 * The session page's sharing endpoints (facilitator key in `x-facilitator-key`):
 * `GET|POST|DELETE /api/sessions/:id/read-link`, `GET /api/sessions/:id/archive`, and
 * `POST /api/sessions/import` (no key: it creates a new session, like `POST /api/sessions`).
 */
export function createShareRoutes(options: ShareOptions, helpers: ShareHelpers) {
  const link = (sessionId: string, state: ReadLinkState) => {
    const token = helpers.issueReadLinkToken(sessionId, state.epoch, state.sharedAt, options.readLinkTtlMs);
    return { active: true, token, path: `/g/${sessionId}#read=${token}` };
  };

  const readLink = async (
    request: IncomingMessage,
    sessionId: string,
    method: string,
  ): Promise<ShareReply> => {
    await helpers.facilitatorSession(request, sessionId);
    if (method === 'POST') {
      return { status: 200, body: link(sessionId, await options.readLinks.share(sessionId, helpers.now())) };
    }
    if (method === 'DELETE') {
      if (await options.readLinks.revoke(sessionId)) options.onReadLinkRevoked(sessionId);
      return { status: 200, body: { active: false } };
    }
    const state = await options.readLinks.state(sessionId);
    return { status: 200, body: state.active ? link(sessionId, state) : { active: false } };
  };

  const archive = async (request: IncomingMessage, sessionId: string): Promise<ShareReply> => {
    const session = await helpers.facilitatorSession(request, sessionId);
    const body = await buildArchive(
      {
        session,
        participantIds: await helpers.storage.listParticipants(sessionId),
        documents: await options.documentStates(sessionId),
      },
      helpers.now(),
    );
    const day = new Date(helpers.now()).toISOString().slice(0, 10);
    return {
      status: 200,
      body,
      headers: { 'content-disposition': `attachment; filename="peerloom-session-${day}.json"` },
    };
  };

  const imports = new TokenBucket(IMPORT_BURST, IMPORTS_PER_SECOND, helpers.now());
  const importArchive = async (request: IncomingMessage): Promise<ShareReply> => {
    if (!imports.take(helpers.now())) {
      throw new HttpError(429, 'rate_limited', 'Too many imports. Wait a moment and try again.', {
        'retry-after': String(Math.ceil(1 / IMPORTS_PER_SECOND)),
      });
    }
    const parsed = await parseArchive(await readJsonBody(request, options.maxArchiveBytes), {
      maxDocuments: options.maxDocumentsPerSession,
      maxTitleLength: helpers.maxTitleLength,
    });
    const created = await helpers.createSession(parsed.title, parsed.language, (session) =>
      parsed.documents.map((document) => ({
        path: document.path,
        update: fillPlaceholders(document.update, session),
      })),
    );
    return { status: 201, body: created };
  };

  /** The reply for a sharing route, or null when the path is not one. */
  return async function handleShare(
    request: IncomingMessage,
    path: string,
    method: string,
  ): Promise<ShareReply | null> {
    if (path === '/api/sessions/import' && method === 'POST') return importArchive(request);
    const match = SESSION_ROUTE.exec(path);
    if (!match?.[1]) return null;
    if (match[2] === 'read-link' && ['GET', 'POST', 'DELETE'].includes(method)) {
      return readLink(request, match[1], method);
    }
    if (match[2] === 'archive' && method === 'GET') return archive(request, match[1]);
    throw new HttpError(405, 'method_not_allowed', 'This method is not allowed here.');
  };
}
