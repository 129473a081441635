import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSecret } from '../auth/secrets.ts';

/** The key file's name in the relay's data folder. */
export const FEEDBACK_KEY_FILE = 'feedback-hmac.key';

/**
 * The key of the "already answered" hashes, kept in a file of its own beside the SQLite file (never in it): whoever
 * reads the database alone cannot recompute a participant's hash, so cannot even tell who answered.
 */
export function loadFeedbackSecret(dataDir: string): string {
  const file = join(dataDir, FEEDBACK_KEY_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  const secret = createSecret(32);
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
