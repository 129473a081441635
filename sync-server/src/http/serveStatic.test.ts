import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from './serveStatic.ts';

describe('static app', () => {
  const root = mkdtempSync(join(tmpdir(), 'peerloom-static-'));
  const server = createServer(createStaticHandler(root));
  let base = '';
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>app</title>${' '.repeat(600)}`);
    writeFileSync(join(root, 'join.html'), `<!doctype html><title>join</title>${' '.repeat(600)}`);
    writeFileSync(join(root, 'assets', 'app-1.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const raw = (path: string, encoding: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const url = new URL(path, base);
      import('node:http').then(({ get }) =>
        get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        }).on('error', reject),
      );
    });

  it('gzips text assets for browsers that accept it and caches hashed assets for good', async () => {
    const gzipped = await raw('/assets/app-1.js', 'gzip, deflate, br');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body.length).toBeLessThan(200);
    expect(gunzipSync(gzipped.body).toString()).toContain('console.log');
    expect(gzipped.headers['cache-control']).toContain('immutable');
    const plain = await raw('/assets/app-1.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(4000);
  });

  it('answers client routes with index.html, unknown files with 404, and refuses to leave the folder', async () => {
    const route = await raw('/s/some-session', 'identity');
    expect(route.status).toBe(200);
    expect(route.body.toString()).toContain('<title>app</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
    const joinLink = await raw('/j/ABCDEF', 'identity');
    expect(joinLink.body.toString()).toContain('<title>join</title>');
    expect(joinLink.headers['cache-control']).toBe('no-cache');
    expect((await raw('/jam/ABCDEF', 'identity')).body.toString()).toContain('<title>app</title>');
    expect((await raw('/assets/missing.js', 'identity')).status).toBe(404);
    const traversal = await raw('/%2e%2e/%2e%2e/etc/passwd', 'identity');
    expect(traversal.body.toString()).not.toContain('root:');
    expect((await raw('/..%5c..%5cetc%5cpasswd', 'identity')).body.toString()).not.toContain('root:');
  });
});
