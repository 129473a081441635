import { secretMatchesHash } from '../auth/secrets.ts';
import type { TokenSigner } from '../auth/tokens.ts';
import type { Storage } from '../storage/openStorage.ts';
import { CloseCode, type ConnectionRole } from './protocol.ts';

export type DocKind = 'control' | 'room';

export type ConnectionAccess =
  | { ok: true; sessionId: string; docName: string; kind: DocKind; role: ConnectionRole; canWrite: boolean }
  | { ok: false; closeCode: number; reason: string };

const DOC_PATH = /^\/sync\/([\w-]{1,64})\/(control|room)$/;

/** Decides from the upgrade URL which document a socket opens and whether it may write to it. */
export function authorizeConnection(
  url: URL,
  storage: Storage,
  signer: TokenSigner,
  now: number,
): ConnectionAccess {
  const match = DOC_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2])
    return { ok: false, closeCode: CloseCode.notFound, reason: 'unknown document' };
  const sessionId = match[1];
  const kind = match[2] as DocKind;
  const session = storage.getSessionById(sessionId);
  if (!session) return { ok: false, closeCode: CloseCode.notFound, reason: 'unknown session' };
  const docName = `${sessionId}/${kind}`;

  const key = url.searchParams.get('key');
  if (key) {
    if (!secretMatchesHash(key, session.facilitatorKeyHash)) {
      return { ok: false, closeCode: CloseCode.forbidden, reason: 'bad facilitator key' };
    }
    return { ok: true, sessionId, docName, kind, role: 'facilitator', canWrite: true };
  }
  const token = url.searchParams.get('token');
  if (!token) return { ok: false, closeCode: CloseCode.unauthorized, reason: 'no token' };
  const check = signer.verify(token, now);
  if (!check.ok || check.claims.sessionId !== sessionId) {
    return { ok: false, closeCode: CloseCode.unauthorized, reason: 'bad token' };
  }
  if (check.expired) return { ok: false, closeCode: CloseCode.unauthorized, reason: 'expired token' };
  const role = check.claims.role === 'participant' ? 'participant' : 'viewer';
  return { ok: true, sessionId, docName, kind, role, canWrite: role === 'participant' && kind === 'room' };
}
