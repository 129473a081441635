import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type RelayChild, spawnRelay } from './relayProcess.ts';

const post = async <T>(url: string, body: unknown) =>
  (await (await fetch(url, { method: 'POST', body: JSON.stringify(body) })).json()) as T;

describe('SIGTERM', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('flushes pending commits, closes sockets with a reconnect code, and clients resync after the restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-term-'));
    let relay: RelayChild = await spawnRelay(dataDir);
    cleanups.push(() => {
      relay.process.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });
    const session = await post<{ sessionId: string; code: string }>(`${relay.url}/api/sessions`, {
      title: 'T',
    });
    const { token } = await post<{ token: string }>(`${relay.url}/api/join`, {
      code: session.code,
      name: 'A',
    });
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      `ws://127.0.0.1:${relay.port}/sync`,
      `${session.sessionId}/room`,
      doc,
      {
        params: { token },
        disableBc: true,
        maxBackoffTime: 300,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      },
    );
    cleanups.push(() => provider.destroy());
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    const closeCode = new Promise<number | undefined>((resolve) =>
      provider.once('connection-close', (event) => resolve(event?.code)),
    );

    for (let index = 0; index < 20; index++) doc.getMap('log').set(`k${index}`, index);
    relay.process.kill('SIGTERM');
    expect(await relay.exited).toBe(0);
    expect(await closeCode).toBe(1012);
    expect(provider.shouldConnect).toBe(true);

    doc.getMap('log').set('while-down', true);
    relay = await spawnRelay(dataDir, relay.port);
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));

    const reader = new Y.Doc();
    const check = new WebsocketProvider(
      `ws://127.0.0.1:${relay.port}/sync`,
      `${session.sessionId}/room`,
      reader,
      {
        params: { token },
        disableBc: true,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      },
    );
    cleanups.push(() => check.destroy());
    const deadline = Date.now() + 5000;
    while (reader.getMap('log').size < 21 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(reader.getMap('log').size).toBe(21);
  });
});
