import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Random secret encoded as base64url; 16 bytes is the 128-bit facilitator key. */
export const createSecret = (bytes = 16) => randomBytes(bytes).toString('base64url');

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function secretMatchesHash(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(hash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
