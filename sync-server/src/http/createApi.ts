import type { IncomingMessage, ServerResponse } from 'node:http';
import { createJoinCode, normalizeJoinCode } from '../auth/joinCode.ts';
import { createSecret, hashSecret, secretMatchesHash } from '../auth/secrets.ts';
import type { TokenSigner } from '../auth/tokens.ts';
import type { SessionDirectory } from '../storage/SessionDirectory.ts';
import type { SessionRow } from '../storage/SessionRow.ts';
import type { JoinBounds } from './JoinBounds.ts';
import { HttpError, readJsonBody, sendJson } from './jsonBody.ts';
import type { RelayConfig } from './resolveJoinBase.ts';
import { createShareRoutes, type ShareOptions } from './shareRoutes.ts';

export interface ApiOptions {
  storage: SessionDirectory;
  signer: TokenSigner;
  tokenTtlMs: number;
  /** How long after expiry a device's own token still proves who it is, for a silent rejoin. */
  rejoinGraceMs: number;
  now: () => number;
  limiter: JoinBounds;
  onJoin?: (outcome: string) => void;
  /** Where other devices should open the app (`GET /api/config`); known once the relay listens. */
  config?: () => RelayConfig;
  /** Read links of the session page, the session archive and its import. */
  share?: ShareOptions;
}

const LANGUAGES = new Set(['en', 'fr']);
const MAX_TITLE = 120;
const MAX_NAME = 60;

function readText(body: Record<string, unknown>, field: string, max: number, code: string): string {
  const value = body[field];
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw new HttpError(400, `${code}_required`, `The ${field} is required.`);
  if (text.length > max) {
    throw new HttpError(400, `${code}_too_long`, `The ${field} is longer than ${max} characters.`);
  }
  return text;
}

/** The relay's JSON endpoints; returns false when the path is not an API route. */
export function createApi(options: ApiOptions) {
  const { storage, signer } = options;

  const issueToken = (sessionId: string, participantId: string | null, role: 'participant' | 'viewer') => {
    const issuedAt = options.now();
    return signer.issue({
      sessionId,
      participantId,
      role,
      issuedAt,
      expiresAt: issuedAt + options.tokenTtlMs,
    });
  };

  const facilitatorSession = async (request: IncomingMessage, sessionId: string): Promise<SessionRow> => {
    const session = await storage.getSessionById(sessionId);
    if (!session) throw new HttpError(404, 'unknown_session', 'This session does not exist.');
    const key = request.headers['x-facilitator-key'];
    if (typeof key !== 'string' || !secretMatchesHash(key, session.facilitatorKeyHash)) {
      throw new HttpError(403, 'bad_facilitator_key', 'This facilitator link is not valid.');
    }
    return session;
  };

  /** Stores a new session (with an imported session's documents, in the same transaction). */
  const storeSession = async (
    title: string,
    language: string,
    documents?: (session: { id: string; code: string }) => { path: string; update: Uint8Array }[],
  ) => {
    const facilitatorKey = createSecret(16);
    const sessionId = createSecret(12);
    for (let attempt = 0; ; attempt++) {
      const code = createJoinCode();
      const row = {
        id: sessionId,
        code,
        title,
        language,
        facilitatorKeyHash: hashSecret(facilitatorKey),
        createdAt: options.now(),
      };
      try {
        if (!documents) await storage.createSession(row);
        else {
          await storage.importSession(
            row,
            documents({ id: sessionId, code }).map((document) => ({
              docName: `${sessionId}/${document.path}`,
              update: document.update,
            })),
          );
        }
        return {
          sessionId,
          code,
          title,
          language,
          facilitatorKey,
          viewerToken: issueToken(sessionId, null, 'viewer'),
        };
      } catch (error) {
        if (attempt >= 10) throw error;
      }
    }
  };

  const createSession = async (request: IncomingMessage) => {
    const body = await readJsonBody(request);
    const title = readText(body, 'title', MAX_TITLE, 'title');
    const language = typeof body.language === 'string' && LANGUAGES.has(body.language) ? body.language : 'en';
    return storeSession(title, language);
  };

  /** The open session a typed code names, under the wrong-code limits shared by lookups and joins. */
  const sessionForCode = async (address: string, typedCode: string, purpose: 'join' | 'lookup') => {
    const typed = typedCode.slice(0, 16);
    const decision = await (purpose === 'join'
      ? options.limiter.check(address, typed.toUpperCase())
      : options.limiter.checkLookup(address, typed.toUpperCase()));
    if (!decision.allowed) {
      throw new HttpError(429, 'rate_limited', 'Too many attempts. Wait a moment and try again.', {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
    if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    const code = normalizeJoinCode(typed);
    if (!code) {
      await options.limiter.recordWrongCode(address);
      throw new HttpError(400, 'invalid_code', 'A session code has 6 letters and digits.');
    }
    const session = await storage.getSessionByCode(code);
    if (!session) {
      await options.limiter.recordWrongCode(address);
      throw new HttpError(404, 'unknown_code', 'No session has this code.');
    }
    if (session.closedAt !== null) throw new HttpError(410, 'session_closed', 'This session has ended.');
    return session;
  };

  const lookUpCode = async (request: IncomingMessage, encoded: string) => {
    let typed = '';
    try {
      typed = decodeURIComponent(encoded);
    } catch {
      // A malformed escape is just an ill-formed code.
    }
    const session = await sessionForCode(request.socket.remoteAddress ?? 'unknown', typed, 'lookup');
    return { code: session.code, title: session.title, language: session.language };
  };

  const join = async (request: IncomingMessage) => {
    const body = await readJsonBody(request);
    const address = request.socket.remoteAddress ?? 'unknown';
    const session = await sessionForCode(address, typeof body.code === 'string' ? body.code : '', 'join');
    const now = options.now();
    const previous = typeof body.token === 'string' ? signer.verify(body.token, now) : null;
    const known =
      previous?.ok &&
      previous.claims.sessionId === session.id &&
      previous.claims.participantId !== null &&
      previous.claims.expiresAt + options.rejoinGraceMs > now &&
      (await storage.hasParticipant(session.id, previous.claims.participantId))
        ? previous.claims.participantId
        : null;
    if (!known) readText(body, 'name', MAX_NAME, 'name');
    const participantId = known ?? createSecret(9);
    if (!known) await storage.addParticipant(session.id, participantId, now);
    return {
      sessionId: session.id,
      participantId,
      token: issueToken(session.id, participantId, 'participant'),
      title: session.title,
      language: session.language,
      rejoined: known !== null,
    };
  };

  const describe = async (request: IncomingMessage, sessionId: string) => {
    const session = await facilitatorSession(request, sessionId);
    return {
      sessionId: session.id,
      code: session.code,
      title: session.title,
      language: session.language,
      closed: session.closedAt !== null,
      viewerToken: issueToken(session.id, null, 'viewer'),
    };
  };

  const handleShare =
    options.share &&
    createShareRoutes(options.share, {
      storage,
      now: options.now,
      facilitatorSession,
      issueReadLinkToken: (sessionId, epoch, issuedAt, ttlMs) =>
        signer.issue({
          sessionId,
          participantId: null,
          role: 'viewer',
          issuedAt,
          expiresAt: issuedAt + ttlMs,
          readLinkEpoch: epoch,
        }),
      createSession: storeSession,
      maxTitleLength: MAX_TITLE,
    });

  const close = async (request: IncomingMessage, sessionId: string) => {
    await facilitatorSession(request, sessionId);
    await storage.closeSession(sessionId, options.now());
    return { closed: true };
  };

  return async function handleApi(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = request.method ?? 'GET';
    if (!path.startsWith('/api/')) return false;
    try {
      const shared = handleShare ? await handleShare(request, path, method) : null;
      if (shared) {
        sendJson(response, shared.status, shared.body, shared.headers);
        return true;
      }
      const sessionMatch = /^\/api\/sessions\/([\w-]{1,64})(\/close)?$/.exec(path);
      if (path === '/api/sessions' && method === 'POST') {
        sendJson(response, 201, await createSession(request));
      } else if (path === '/api/join' && method === 'POST') {
        const joined = await join(request);
        options.onJoin?.(joined.rejoined ? 'rejoined' : 'joined');
        sendJson(response, 200, joined);
      } else if (path.startsWith('/api/codes/') && method === 'GET') {
        sendJson(response, 200, await lookUpCode(request, path.slice('/api/codes/'.length)));
      } else if (path === '/api/time' && method === 'GET') {
        sendJson(response, 200, { now: options.now() });
      } else if (path === '/api/config' && method === 'GET' && options.config) {
        sendJson(response, 200, options.config());
      } else if (sessionMatch?.[1] && !sessionMatch[2] && method === 'GET') {
        sendJson(response, 200, await describe(request, sessionMatch[1]));
      } else if (sessionMatch?.[1] && sessionMatch[2] && method === 'POST') {
        sendJson(response, 200, await close(request, sessionMatch[1]));
      } else {
        throw new HttpError(404, 'not_found', 'No such API route.');
      }
    } catch (error) {
      if (error instanceof HttpError) {
        if (path === '/api/join') options.onJoin?.(error.code);
        sendJson(response, error.status, { error: error.code, message: error.message }, error.headers);
      } else {
        sendJson(response, 500, { error: 'internal', message: 'The relay could not handle this request.' });
        throw error;
      }
    }
    return true;
  };
}
