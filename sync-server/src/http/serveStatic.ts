import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);

/** The join link `/j/CODE` opens its own small page: phones scanning the QR code need no app to type a name. */
const JOIN_PAGE = 'join.html';

interface CachedFile {
  mtimeMs: number;
  body: Buffer;
  gzipped: Buffer | null;
}

function statFile(path: string) {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built web app, gzipped when the browser accepts it (phones on venue Wi-Fi);
 * any path without a file extension falls back to index.html (client routes), except join links.
 */
export function createStaticHandler(root: string) {
  const cache = new Map<string, CachedFile>();
  const load = (path: string, mtimeMs: number): CachedFile => {
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const body = readFileSync(path);
    const gzipped =
      COMPRESSIBLE.has(extname(path)) && body.length > 512 ? gzipSync(body, { level: 9 }) : null;
    const file = { mtimeMs, body, gzipped };
    cache.set(path, file);
    return file;
  };

  return function serveStatic(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let path = join(root, relative);
    if (!path.startsWith(root + sep) && path !== root) {
      response.writeHead(400).end();
      return;
    }
    let stats = statFile(path);
    if (!stats && extname(relative) === '' && /^j[/\\]/.test(relative)) {
      path = join(root, JOIN_PAGE);
      stats = statFile(path);
    }
    if (!stats && extname(relative) === '') {
      path = join(root, 'index.html');
      stats = statFile(path);
    }
    if (!stats) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const file = load(path, stats.mtimeMs);
    const gzip = file.gzipped !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip && file.gzipped ? file.gzipped : file.body;
    response.writeHead(200, {
      'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
