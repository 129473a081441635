import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL_MAPS } from '@peerloom/protocol';
import { createLogger, createRelay, type Relay } from '@peerloom/sync-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openSyncedDocument, type SyncedDocument } from '../openSyncedDocument.ts';

const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;

/** Resolves once `predicate` holds, re-checked whenever `document`'s peers or status change. */
function until(document: SyncedDocument, predicate: () => boolean, timeoutMs: number, what: string) {
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      offPeers();
      offStatus();
      resolve();
    };
    const timer = setTimeout(() => {
      offPeers();
      offStatus();
      reject(new Error(`timed out: ${what}`));
    }, timeoutMs);
    const offPeers = document.subscribePeers(check);
    const offStatus = document.subscribe(check);
    check();
  });
}

const seesName = (document: SyncedDocument, name: string) =>
  document.getPeers().some((peer) => (peer.user as { name?: string } | undefined)?.name === name);

describe('presence after the relay restarts', () => {
  let relay: Relay;
  let dataDir: string;
  const opened: SyncedDocument[] = [];
  const start = (port = 0) =>
    createRelay({ dataDir, port, host: '127.0.0.1', logger: createLogger('silent') });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'peerloom-presence-'));
    relay = await start();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((document) => document.destroy()));
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // y-protocols ignores a state whose clock is not newer than the one it holds; the others kept this
  // device's clock when it went away, so it must renew its state to be seen again (else up to 15 s).
  it('shows each member to the other again as soon as both are back', async () => {
    const created = await fetch(`${relay.url}/api/sessions`, { method: 'POST', body: '{"title":"T"}' });
    const session = (await created.json()) as { sessionId: string; code: string; facilitatorKey: string };
    // A participant opens only the productions the session names: the facilitator names P1 first.
    const control = openSyncedDocument({
      serverUrl: `ws://127.0.0.1:${relay.port}/sync`,
      path: `${session.sessionId}/control`,
      params: { key: session.facilitatorKey },
      persistenceName: null,
      WebSocketImpl,
    });
    opened.push(control);
    control.doc.getMap(CONTROL_MAPS.productions).set('P1', { number: 1 });
    await until(
      control,
      () => control.getStatus().synced && control.getStatus().pending === 0,
      5000,
      'P1 named',
    );
    const open = async (name: string) => {
      const joined = await fetch(`${relay.url}/api/join`, {
        method: 'POST',
        body: JSON.stringify({ code: session.code, name }),
      });
      const { token } = (await joined.json()) as { token: string };
      const document = openSyncedDocument({
        serverUrl: `ws://127.0.0.1:${relay.port}/sync`,
        path: `${session.sessionId}/group/P1`,
        params: { token },
        persistenceName: null,
        WebSocketImpl,
      });
      document.setPresence({ user: { name, color: '#333' } });
      opened.push(document);
      return document;
    };
    const ada = await open('Ada');
    const bob = await open('Bob');
    await until(ada, () => seesName(ada, 'Bob'), 5000, 'Ada sees Bob');
    await until(bob, () => seesName(bob, 'Ada'), 5000, 'Bob sees Ada');

    const port = relay.port;
    await relay.close();
    await until(ada, () => !seesName(ada, 'Bob'), 5000, 'Ada sees Bob go');
    relay = await start(port);
    await until(ada, () => ada.getStatus().connection === 'online', 10_000, 'Ada back online');
    await until(bob, () => bob.getStatus().connection === 'online', 10_000, 'Bob back online');
    await until(ada, () => seesName(ada, 'Bob'), 5000, 'Ada sees Bob again');
    await until(bob, () => seesName(bob, 'Ada'), 5000, 'Bob sees Ada again');
    expect(seesName(ada, 'Bob') && seesName(bob, 'Ada')).toBe(true);
  });
});
