import type { IncomingMessage } from 'node:http';

/**
 * Browsers send an Origin header: it must be the relay's own host or one listed. Clients without
 * one (native apps, Node) are not browsers a hostile page could drive, so they pass.
 */
export function isAllowedOrigin(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
