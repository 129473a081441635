import { ReadLinks } from '../auth/ReadLinks.ts';
import { secretMatchesHash } from '../auth/secrets.ts';
import type { TokenSigner } from '../auth/tokens.ts';
import type { SessionDirectory } from '../storage/SessionDirectory.ts';
import { type DocAddress, parseDocPath } from './documentKinds.ts';
import { CloseCode, type ConnectionRole } from './protocol.ts';

export type SessionAccess =
  | {
      ok: true;
      role: ConnectionRole;
      participantId: string | null;
      readLinkEpoch?: number;
      /** When the token expires (writes after it are refused with 4401); absent for a facilitator key. */
      expiresAt?: number;
    }
  | { ok: false; closeCode: number; reason: string };

export type ConnectionAccess =
  | {
      ok: true;
      address: DocAddress;
      role: ConnectionRole;
      participantId: string | null;
      readLinkEpoch?: number;
      expiresAt?: number;
    }
  | { ok: false; closeCode: number; reason: string };

/** Decides from the upgrade URL which document a socket opens and in which role. */
export async function authorizeConnection(
  url: URL,
  storage: SessionDirectory,
  signer: TokenSigner,
  now: number,
): Promise<ConnectionAccess> {
  const address = parseDocPath(url.pathname);
  if (!address) return { ok: false, closeCode: CloseCode.notFound, reason: 'unknown document' };
  const access = await authorizeSession(address.sessionId, url, storage, signer, now);
  return access.ok ? { ...access, address } : access;
}

/** The role the upgrade URL's facilitator key or token gives in one session (also used by hub sockets). */
export async function authorizeSession(
  sessionId: string,
  url: URL,
  storage: SessionDirectory,
  signer: TokenSigner,
  now: number,
): Promise<SessionAccess> {
  const session = await storage.getSessionById(sessionId);
  if (!session) return { ok: false, closeCode: CloseCode.notFound, reason: 'unknown session' };

  const key = url.searchParams.get('key');
  if (key) {
    if (!secretMatchesHash(key, session.facilitatorKeyHash)) {
      return { ok: false, closeCode: CloseCode.forbidden, reason: 'bad facilitator key' };
    }
    return { ok: true, role: 'facilitator', participantId: null };
  }
  const token = url.searchParams.get('token');
  if (!token) return { ok: false, closeCode: CloseCode.unauthorized, reason: 'no token' };
  const check = signer.verify(token, now);
  if (!check.ok || check.claims.sessionId !== sessionId) {
    return { ok: false, closeCode: CloseCode.unauthorized, reason: 'bad token' };
  }
  if (check.expired) return { ok: false, closeCode: CloseCode.unauthorized, reason: 'expired token' };
  const { expiresAt } = check.claims;
  if (check.claims.role === 'participant' && check.claims.participantId) {
    return { ok: true, role: 'participant', participantId: check.claims.participantId, expiresAt };
  }
  const epoch = check.claims.readLinkEpoch;
  if (typeof epoch === 'number') {
    if (!(await new ReadLinks(storage).accepts(sessionId, epoch))) {
      return { ok: false, closeCode: CloseCode.linkWithdrawn, reason: 'read link withdrawn' };
    }
    return { ok: true, role: 'viewer', participantId: null, readLinkEpoch: epoch, expiresAt };
  }
  return { ok: true, role: 'viewer', participantId: null, expiresAt };
}
