import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenRole = 'participant' | 'viewer';

export interface TokenClaims {
  sessionId: string;
  participantId: string | null;
  role: TokenRole;
  issuedAt: number;
  expiresAt: number;
  /** Set on a session page read link (`/g/ID#read=TOKEN`): valid only while this epoch is shared. */
  readLinkEpoch?: number;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims; expired: boolean }
  | { ok: false; reason: 'malformed' | 'bad-signature' };

const encode = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** HMAC-signed tokens: `base64url(json).base64url(hmac)`; the secret never leaves the relay. */
export function createTokenSigner(secret: string) {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest();

  return {
    issue(claims: TokenClaims): string {
      const payload = encode(JSON.stringify(claims));
      return `${payload}.${encode(sign(payload))}`;
    },
    verify(token: string, now: number): TokenCheck {
      const [payload, signature, extra] = token.split('.');
      if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
      const expected = sign(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: 'bad-signature' };
      }
      try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
        if (typeof claims.sessionId !== 'string' || typeof claims.expiresAt !== 'number') {
          return { ok: false, reason: 'malformed' };
        }
        return { ok: true, claims, expired: claims.expiresAt <= now };
      } catch {
        return { ok: false, reason: 'malformed' };
      }
    },
  };
}

export type TokenSigner = ReturnType<typeof createTokenSigner>;
