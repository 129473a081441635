import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createRelay, type Relay } from '@peerloom/sync-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { openSyncedDocument, type SyncedDocument } from '../openSyncedDocument.ts';
import { deferOutbound } from '../sendOwnUpdates.ts';

const SYNC = 0;
const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;

/** A `ws` class that records every sync message the device sends. */
function recordingWebSocket(sent: Uint8Array[]): typeof globalThis.WebSocket {
  class RecordingWebSocket extends WebSocket {
    override send(data: Uint8Array, ...rest: unknown[]) {
      if (data[0] === SYNC) sent.push(data);
      (super.send as (data: Uint8Array, ...rest: unknown[]) => void)(data, ...rest);
    }
  }
  return RecordingWebSocket as unknown as typeof globalThis.WebSocket;
}

const until = (doc: Y.Doc, predicate: () => boolean, what: string) =>
  new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    };
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error(`timed out: ${what}`));
    }, 8000);
    doc.on('update', check);
    check();
  });

const synced = (document: SyncedDocument) =>
  new Promise<void>((resolve) => {
    const check = () => {
      if (!document.getStatus().synced) return;
      off();
      resolve();
    };
    const off = document.subscribe(check);
    check();
  });

describe('a device that sends its own changes when its schedule says (after the next paint in the app)', () => {
  let relay: Relay;
  let dataDir: string;
  let path: string;
  let key: string;
  const opened: SyncedDocument[] = [];

  const open = (options: Partial<Parameters<typeof openSyncedDocument>[0]> = {}) => {
    const document = openSyncedDocument({
      serverUrl: `ws://127.0.0.1:${relay.port}/sync`,
      path,
      params: { key },
      persistenceName: null,
      WebSocketImpl,
      ...options,
    });
    opened.push(document);
    return document;
  };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'peerloom-outbound-'));
    relay = await createRelay({ dataDir, port: 0, host: '127.0.0.1', logger: createLogger('silent') });
    const response = await fetch(`${relay.url}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ title: 'T' }),
    });
    const session = (await response.json()) as { sessionId: string; facilitatorKey: string };
    path = `${session.sessionId}/control`;
    key = session.facilitatorKey;
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((document) => document.destroy()));
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends nothing inside the change, then one merged update that every other device receives', async () => {
    const sent: Uint8Array[] = [];
    const waiting: Array<() => void> = [];
    const writer = open({
      WebSocketImpl: recordingWebSocket(sent),
      deferOutbound: deferOutbound((send) => waiting.push(send)),
    });
    const reader = open();
    await Promise.all([synced(writer), synced(reader)]);
    // Presence sent on connecting waits for the schedule too; let it go first.
    for (const run of waiting.splice(0)) run();
    const before = sent.length;
    const pendingBefore = writer.getStatus().pending;

    const notes = writer.doc.getMap<string>('notes');
    for (const word of ['one', 'two', 'three']) notes.set(word, word);

    expect(sent.length).toBe(before);
    expect(waiting).toHaveLength(2); // one send, one count of what is pending, for the three changes
    expect(writer.getStatus().pending).toBe(pendingBefore);
    for (const run of waiting.splice(0)) run();
    expect(sent.length).toBe(before + 1);
    expect(writer.getStatus().pending).toBeGreaterThan(pendingBefore);
    await until(
      reader.doc,
      () => reader.doc.getMap('notes').size === 3,
      'the three changes on the other device',
    );
    expect(reader.doc.getMap('notes').toJSON()).toEqual({ one: 'one', two: 'two', three: 'three' });
  });

  it('sends what waits when the document closes before its schedule ran', async () => {
    const writer = open({ deferOutbound: deferOutbound(() => {}) });
    const reader = open();
    await Promise.all([synced(writer), synced(reader)]);
    writer.doc.getMap<string>('notes').set('last', 'words before closing');
    await writer.destroy();
    await until(
      reader.doc,
      () => reader.doc.getMap('notes').get('last') === 'words before closing',
      'the last words',
    );
  });

  it('does not queue what was written offline: the sync on reconnection carries it', async () => {
    const waiting: Array<() => void> = [];
    const writer = open({ deferOutbound: deferOutbound((send) => waiting.push(send)) });
    const reader = open();
    await Promise.all([synced(writer), synced(reader)]);
    const port = relay.port;
    await relay.close();
    writer.doc.getMap<string>('notes').set('offline', 'kept');
    for (const run of waiting.splice(0)) run();
    relay = await createRelay({ dataDir, port, host: '127.0.0.1', logger: createLogger('silent') });
    await until(reader.doc, () => reader.doc.getMap('notes').get('offline') === 'kept', 'the offline change');
  });
});
