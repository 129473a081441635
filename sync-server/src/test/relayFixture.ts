import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createRelay, type Relay, type RelayOptions } from '../createRelay.ts';
import { createLogger } from '../observability/createLogger.ts';

export interface RelayFixture {
  relay: Relay;
  dataDir: string;
  restart(): Promise<Relay>;
  post<T = Record<string, unknown>>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  connect(docPath: string, params: Record<string, string>): Peer;
  cleanup(): Promise<void>;
}

export interface Peer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A real relay on port 0 with a real SQLite file in a temp folder, and real y-websocket clients. */
export async function startRelay(options: Partial<RelayOptions> = {}): Promise<RelayFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-relay-'));
  const peers: Peer[] = [];
  const start = (port = 0) =>
    createRelay({ dataDir, port, host: '127.0.0.1', logger: createLogger('silent'), ...options });
  const fixture: RelayFixture = {
    relay: await start(),
    dataDir,
    async restart() {
      const port = fixture.relay.port;
      await fixture.relay.close();
      fixture.relay = await start(port);
      return fixture.relay;
    },
    async post(path, body) {
      const response = await fetch(`${fixture.relay.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    connect(docPath, params) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`ws://127.0.0.1:${fixture.relay.port}/sync`, docPath, doc, {
        params,
        disableBc: true,
        maxBackoffTime: 200,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      });
      const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        provider.once('closed', (event) => resolve(event)),
      );
      const peer = { doc, provider, synced, closed };
      peers.push(peer);
      return peer;
    },
    async cleanup() {
      for (const peer of peers) {
        peer.provider.destroy();
        peer.doc.destroy();
      }
      await fixture.relay.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return fixture;
}

/** Resolves once `predicate` holds, re-checking on every update of `doc`; rejects after `timeoutMs`. */
export function waitForDoc(doc: Y.Doc, predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('timed out waiting for document state'));
    }, timeoutMs);
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}
