import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloseCode,
  createLogger,
  createRelay,
  MessageType,
  type Relay,
  type RelayOptions,
} from '@peerloom/sync-server';
import { type ChaosProxy, createChaosProxy, createRandom, seedFromEnvironment } from '@peerloom/test-kit';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type DocumentHub, openDocumentHub } from '../openDocumentHub.ts';
import type { SessionAuth } from '../openSessionDocuments.ts';
import type { SyncedDocument } from '../openSyncedDocument.ts';
import { holdDatabaseOpen } from './holdDatabaseOpen.ts';

const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;

/** Resolves once `predicate` holds, re-checked on every event of the given sources. */
function until(
  sources: { docs?: Y.Doc[]; handles?: SyncedDocument[]; hubs?: DocumentHub[]; presence?: Awareness[] },
  predicate: () => boolean,
  describe: () => string = () => '',
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const offs: (() => void)[] = [];
    const finish = (error?: Error) => {
      clearTimeout(timer);
      for (const off of offs) off();
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (predicate()) finish();
    };
    const timer = setTimeout(() => finish(new Error(`timed out ${describe()}`)), timeoutMs);
    for (const doc of sources.docs ?? []) {
      doc.on('update', check);
      offs.push(() => doc.off('update', check));
    }
    for (const handle of sources.handles ?? []) {
      offs.push(handle.subscribe(check), handle.subscribePeers(check));
      handle.doc.on('update', check);
      offs.push(() => handle.doc.off('update', check));
    }
    for (const hub of sources.hubs ?? []) offs.push(hub.subscribe(check));
    for (const awareness of sources.presence ?? []) {
      awareness.on('change', check);
      offs.push(() => awareness.off('change', check));
    }
    // Relay counters have no event: re-check them on a short period.
    if (Object.keys(sources).length === 0) {
      const poll = setInterval(check, 20);
      offs.push(() => clearInterval(poll));
    }
    check();
  });
}

const savedOnServer = (handle: SyncedDocument) => {
  const status = handle.getStatus();
  return status.connection === 'online' && status.synced && status.pending === 0;
};

describe('document hub: several documents over one socket, against a real relay', () => {
  let relay: Relay;
  let dataDir: string;
  let session: { sessionId: string; code: string; facilitatorKey: string };
  const hubs: DocumentHub[] = [];
  const providers: WebsocketProvider[] = [];
  const proxies: ChaosProxy[] = [];

  const start = (options: Partial<RelayOptions> = {}) =>
    createRelay({ dataDir, port: 0, host: '127.0.0.1', logger: createLogger('silent'), ...options });
  const openHub = (auth: SessionAuth, port = relay.port, persist = false) => {
    const hub = openDocumentHub({
      serverUrl: `ws://127.0.0.1:${port}/sync`,
      sessionId: session.sessionId,
      auth,
      persist,
      WebSocketImpl,
    });
    hubs.push(hub);
    return hub;
  };
  /** A stock y-websocket client on the single-document endpoint. */
  const stock = (path: string, params: Record<string, string>) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      `ws://127.0.0.1:${relay.port}/sync`,
      `${session.sessionId}/${path}`,
      doc,
      {
        params,
        disableBc: true,
        WebSocketPolyfill: WebSocketImpl,
      },
    );
    providers.push(provider);
    const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    return { doc, provider, synced };
  };
  const joinAs = async (name: string) => {
    const response = await fetch(`${relay.url}/api/join`, {
      method: 'POST',
      body: JSON.stringify({ code: session.code, name }),
    });
    return (await response.json()) as { token: string; participantId: string };
  };
  const setUp = async (options: Partial<RelayOptions> = {}) => {
    relay = await start(options);
    const response = await fetch(`${relay.url}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ title: 'Hub' }),
    });
    session = (await response.json()) as typeof session;
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'peerloom-hub-'));
  });
  afterEach(async () => {
    await Promise.all(hubs.splice(0).map((hub) => hub.destroy()));
    for (const provider of providers.splice(0)) provider.destroy();
    await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('carries several documents on one socket, converging with stock single-document clients', async () => {
    await setUp();
    const key = { key: session.facilitatorKey };
    const hub = openHub(key);
    const paths = ['control', 'room', 'group/P1', 'group/P2', 'group/P3'];
    const handles = paths.map((path) => hub.open(path));
    expect(hub.open('group/P1')).toBe(handles[2]);
    const stocks = paths.map((path) => stock(path, key));
    await Promise.all(stocks.map((client) => client.synced));
    await until({ handles }, () => handles.every(savedOnServer));

    paths.forEach((path, index) => {
      handles[index]?.doc.getText('text').insert(0, `hub:${path};`);
      stocks[index]?.doc.getText('text').insert(0, `stock:${path};`);
    });
    const converged = () =>
      paths.every((path, index) => {
        const mine = handles[index]?.doc.getText('text').toString() ?? '';
        const theirs = stocks[index]?.doc.getText('text').toString();
        return mine === theirs && mine.includes(`hub:${path};`) && mine.includes(`stock:${path};`);
      });
    await until({ handles, docs: stocks.map((client) => client.doc) }, converged);
    await until({ handles }, () => handles.every(savedOnServer));
    expect(hub.getStatus()).toEqual({ connection: 'online', documents: 5, refusal: null });
    expect(relay.counters.hubSockets).toBe(1);
    expect(relay.counters.hubDocuments).toBe(5);
    const metrics = await (await fetch(`${relay.url}/metrics`)).text();
    expect(metrics).toMatch(/^peerloom_hub_sockets 1$/m);
    expect(metrics).toMatch(/^peerloom_hub_documents 5$/m);

    handles[4]?.setPresence({ user: { name: 'Facilitator' } });
    stocks[4]?.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    await until({ handles }, () =>
      (handles[4]?.getPeers() ?? []).some((peer) => (peer.user as { name?: string })?.name === 'Ada'),
    );
    const stockPresence = stocks[4]?.provider.awareness as Awareness;
    await until({ presence: [stockPresence] }, () =>
      [...stockPresence.getStates().values()].some(
        (state) => (state.user as { name?: string })?.name === 'Facilitator',
      ),
    );
    expect(handles[4]?.awareness.getLocalState()).toEqual({ user: { name: 'Facilitator' } });

    await handles[4]?.destroy();
    expect(hub.getStatus().documents).toBe(4);
    await until({}, () => relay.counters.hubDocuments === 4);
    await until({ presence: [stockPresence] }, () =>
      [...stockPresence.getStates().values()].every(
        (state) => (state.user as { name?: string })?.name !== 'Facilitator',
      ),
    );
  });

  it('sends only this device’s own presence, never echoes of the others’', async () => {
    await setUp();
    const sent: { path: string; type: number }[] = [];
    class CountingSocket extends WebSocket {
      override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]) {
        const decoder = decoding.createDecoder(new Uint8Array(data as ArrayBufferLike));
        sent.push({ path: decoding.readVarString(decoder), type: decoding.readVarUint(decoder) });
        (super.send as (...args: unknown[]) => void)(data, ...rest);
      }
    }
    const hub = openDocumentHub({
      serverUrl: `ws://127.0.0.1:${relay.port}/sync`,
      sessionId: session.sessionId,
      auth: { key: session.facilitatorKey },
      persist: false,
      WebSocketImpl: CountingSocket as unknown as typeof globalThis.WebSocket,
    });
    hubs.push(hub);
    const group = hub.open('group/P1');
    await until({ handles: [group] }, () => savedOnServer(group));
    group.setPresence({ user: { name: 'Facilitator' } });
    const members = ['Ada', 'Bob', 'Cy'].map((name) => ({
      name,
      client: stock('group/P1', { key: session.facilitatorKey }),
    }));
    await Promise.all(members.map(({ client }) => client.synced));
    for (let move = 0; move < 30; move++) {
      for (const { name, client } of members)
        client.provider.awareness.setLocalStateField('user', { name, move });
    }
    await until(
      { handles: [group] },
      () => group.getPeers().filter((peer) => (peer.user as { move?: number })?.move === 29).length === 3,
    );
    const presenceSent = sent.filter(
      (frame) => frame.path === 'group/P1' && frame.type === MessageType.awareness,
    );
    expect(presenceSent.length).toBeLessThanOrEqual(2);
    expect(presenceSent.length).toBeGreaterThan(0);
  });

  it('announces no presence on a document until this device has something in it', async () => {
    await setUp();
    const sent: { path: string; type: number }[] = [];
    class CountingSocket extends WebSocket {
      override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]) {
        const decoder = decoding.createDecoder(new Uint8Array(data as ArrayBufferLike));
        sent.push({ path: decoding.readVarString(decoder), type: decoding.readVarUint(decoder) });
        (super.send as (...args: unknown[]) => void)(data, ...rest);
      }
    }
    const ada = await joinAs('Ada');
    // A participant opens only the productions the session names.
    const control = openHub({ key: session.facilitatorKey }).open('control');
    control.doc.getMap('productions').set('P1', { number: 1 });
    await until({ handles: [control] }, () => savedOnServer(control));
    const reader = openDocumentHub({
      serverUrl: `ws://127.0.0.1:${relay.port}/sync`,
      sessionId: session.sessionId,
      auth: { token: ada.token },
      persist: false,
      WebSocketImpl: CountingSocket as unknown as typeof globalThis.WebSocket,
    });
    hubs.push(reader);
    const watcher = stock('group/P1', { key: session.facilitatorKey });
    await watcher.synced;
    const group = reader.open('group/P1');
    await until({ handles: [group] }, () => group.getStatus().synced);
    const presence = watcher.provider.awareness;
    const othersSeen = () => [...presence.getStates().keys()].filter((id) => id !== presence.clientID);
    // The relay answers a presence query with every state it holds: the reader's must not be among them.
    watcher.provider.ws?.send(new Uint8Array([MessageType.queryAwareness]));
    presence.setLocalStateField('user', { name: 'Facilitator' });
    await until({ handles: [group] }, () => group.getPeers().length === 1);
    const awarenessFrames = () =>
      sent.filter((frame) => frame.path === 'group/P1' && frame.type === MessageType.awareness).length;
    expect(awarenessFrames()).toBe(0);
    expect(othersSeen()).toEqual([]);

    group.setPresence({ user: { name: 'Ada' } });
    await until({ presence: [presence] }, () => othersSeen().length === 1);
    group.setPresence(null);
    await until({ presence: [presence] }, () => othersSeen().length === 0);
    expect(awarenessFrames()).toBe(2);
  });

  it('lets a facilitator subscribe to 60 group documents at once without tripping the rate bound', async () => {
    await setUp();
    const hub = openHub({ key: session.facilitatorKey });
    const handles = Array.from({ length: 60 }, (_, index) => hub.open(`group/P${index}`));
    for (const handle of handles) handle.setPresence({ user: { name: 'Facilitator' } });
    await until({ handles }, () => handles.every(savedOnServer));
    const writer = stock('group/P59', { key: session.facilitatorKey });
    writer.doc.getText('text').insert(0, 'late');
    await until({ handles }, () => handles[59]?.doc.getText('text').toString() === 'late');
    expect(relay.counters.rejectedFrames).toBe(0);
    expect(relay.counters.hubDocuments).toBe(60);
  });

  it('holds each document’s write rule over the hub', async () => {
    await setUp();
    const ada = await joinAs('Ada');
    const bob = await joinAs('Bob');
    const facilitatorHub = openHub({ key: session.facilitatorKey });
    const control = facilitatorHub.open('control');
    control.doc.getMap('groupMembers').set('P1', [ada.participantId]);
    await until({ handles: [control] }, () => savedOnServer(control));

    const adaGroup = openHub({ token: ada.token }).open('group/P1');
    const bobHub = openHub({ token: bob.token });
    const bobGroup = bobHub.open('group/P1');
    const bobRoom = bobHub.open('room');
    const facilitatorGroup = facilitatorHub.open('group/P1');
    const witness = stock('group/P1', { key: session.facilitatorKey });
    await witness.synced;
    await until({ handles: [adaGroup, bobGroup, bobRoom, facilitatorGroup] }, () =>
      [adaGroup, bobGroup, bobRoom, facilitatorGroup].every((handle) => handle.getStatus().synced),
    );

    bobGroup.doc.getMap('field').set('bob', 'not a member');
    bobRoom.doc.getMap('answers').set(`q/${bob.participantId}`, 'bob in the room');
    adaGroup.doc.getMap('field').set('ada', 'member');
    facilitatorGroup.doc.getMap('field').set('facilitator', 'may write anywhere');
    const field = witness.doc.getMap('field');
    await until({ docs: [witness.doc] }, () => field.has('ada') && field.has('facilitator'));
    const roomWitness = stock('room', { key: session.facilitatorKey });
    await until(
      { docs: [roomWitness.doc] },
      () => roomWitness.doc.getMap('answers').get(`q/${bob.participantId}`) === 'bob in the room',
    );
    await until({ handles: [bobGroup] }, () => bobGroup.getStatus().connection === 'refused');
    expect(bobGroup.getStatus().refusal?.code).toBe(CloseCode.writeRefused);
    expect(field.has('bob')).toBe(false);
    expect(bobRoom.getStatus().connection).toBe('online');
  });

  it('refuses one document alone and keeps the socket carrying the others', async () => {
    await setUp({ maxDocumentsPerHub: 2 });
    const hub = openHub({ key: session.facilitatorKey });
    const unknown = hub.open('group/../../etc');
    const first = hub.open('group/P1');
    const second = hub.open('group/P2');
    const third = hub.open('group/P3');
    await until({ handles: [unknown] }, () => unknown.getStatus().connection === 'refused');
    expect(unknown.getStatus().refusal?.code).toBe(4404);
    await until({ handles: [first, second] }, () => savedOnServer(first) && savedOnServer(second));
    await until({ handles: [third] }, () => third.getStatus().connection === 'offline');
    expect(hub.getStatus().connection).toBe('online');

    first.doc.getText('text').insert(0, 'still carried');
    const witness = stock('group/P1', { key: session.facilitatorKey });
    await until({ docs: [witness.doc] }, () => witness.doc.getText('text').toString() === 'still carried');

    await unknown.destroy();
    await second.destroy();
    third.doc.getText('text').insert(0, 'once there is room');
    await until({ handles: [third] }, () => savedOnServer(third));
    expect(relay.counters.hubSockets).toBe(1);
  });

  it('keeps on the device what the relay sent before the device’s database opened, even when the document closes first', async () => {
    await setUp();
    const key = { key: session.facilitatorKey };
    const writer = openHub(key).open('group/P1');
    writer.doc.getText('text').insert(0, 'written before the reader came');
    await until({ handles: [writer] }, () => savedOnServer(writer));

    const name = `peerloom:${session.sessionId}:group/P1`;
    const slowDisk = holdDatabaseOpen(name);
    const reader = openHub(key, relay.port, true).open('group/P1');
    await until(
      { handles: [reader] },
      () => reader.doc.getText('text').toString() === 'written before the reader came',
    );
    // The batch is let go while the database is still opening, then the page closes the document.
    await reader.flush();
    expect(reader.getStatus().loadedLocally).toBe(false);
    const closed = reader.destroy();
    slowDisk.release();
    await closed;

    const stored = new Y.Doc();
    const persistence = new IndexeddbPersistence(name, stored);
    await persistence.whenSynced;
    expect(stored.getText('text').toString()).toBe('written before the reader came');
    await persistence.destroy();
  });

  it('resyncs every document after the hub socket is cut, with nothing lost on either side', async () => {
    const seed = seedFromEnvironment();
    const random = createRandom(seed);
    await setUp();
    const proxy = await createChaosProxy({ targetPort: relay.port, seed });
    proxies.push(proxy);
    const key = { key: session.facilitatorKey };
    const hub = openHub(key, proxy.port, true);
    const paths = ['room', 'group/P1', 'group/P2', 'group/P3'];
    const handles = paths.map((path) => hub.open(path));
    const stocks = paths.map((path) => stock(path, key));
    await Promise.all(stocks.map((client) => client.synced));
    await until({ handles }, () => handles.every(savedOnServer));

    proxy.setRefusing(true);
    proxy.resetAll();
    await until({ hubs: [hub] }, () => hub.getStatus().connection === 'offline');
    const expected = new Map<string, string[]>();
    for (let round = 0; round < 20; round++) {
      const index = random.integer(paths.length);
      const fromHub = random.integer(2) === 0;
      const word = `${fromHub ? 'hub' : 'stock'}-${round}`;
      const doc = fromHub ? handles[index]?.doc : stocks[index]?.doc;
      doc?.getArray<string>('words').push([word]);
      expected.set(paths[index] ?? '', [...(expected.get(paths[index] ?? '') ?? []), word]);
    }
    expect(handles.some((handle) => handle.getStatus().pending > 0)).toBe(true);
    proxy.setRefusing(false);

    const complete = () =>
      paths.every((path, index) => {
        const mine = handles[index]?.doc.getArray<string>('words').toArray() ?? [];
        const theirs = stocks[index]?.doc.getArray<string>('words').toArray() ?? [];
        return (
          JSON.stringify(mine) === JSON.stringify(theirs) &&
          (expected.get(path) ?? []).every((word) => mine.includes(word))
        );
      });
    await until(
      { handles, docs: stocks.map((client) => client.doc) },
      () => complete() && handles.every(savedOnServer),
      () => `seed ${seed}`,
    );
    expect(hub.getStatus().connection).toBe('online');
  });

  it('gives up a socket on a dead link (nothing closes, nothing arrives) and merges both sides once it returns', async () => {
    const seed = seedFromEnvironment();
    await setUp();
    const proxy = await createChaosProxy({ targetPort: relay.port, seed });
    proxies.push(proxy);
    const key = { key: session.facilitatorKey };
    const hub = openDocumentHub({
      serverUrl: `ws://127.0.0.1:${proxy.port}/sync`,
      sessionId: session.sessionId,
      auth: key,
      persist: false,
      WebSocketImpl,
      livenessMs: 600,
    });
    hubs.push(hub);
    const handles = ['group/P1', 'group/P2'].map((path) => hub.open(path));
    const witnesses = ['group/P1', 'group/P2'].map((path) => stock(path, key));
    await until({ handles }, () => handles.every(savedOnServer));

    proxy.setBlackhole(true);
    handles[0]?.doc.getText('text').insert(0, 'typed on a dead link');
    witnesses[1]?.doc.getText('text').insert(0, 'typed meanwhile');
    await until(
      { hubs: [hub] },
      () => hub.getStatus().connection !== 'online',
      () => `seed ${seed}`,
    );
    expect(handles[0]?.getStatus().pending).toBeGreaterThan(0);
    proxy.setBlackhole(false);
    await until(
      { handles, docs: witnesses.map((witness) => witness.doc) },
      () =>
        witnesses[0]?.doc.getText('text').toString() === 'typed on a dead link' &&
        handles[1]?.doc.getText('text').toString() === 'typed meanwhile' &&
        handles.every(savedOnServer),
      () => `seed ${seed}`,
    );
  });

  it('reports a refused hub socket on every document and stops retrying', async () => {
    await setUp();
    const hub = openHub({ token: 'forged.token' });
    const group = hub.open('group/P1');
    await until({ hubs: [hub] }, () => hub.getStatus().connection === 'refused');
    expect(hub.getStatus().refusal?.code).toBe(4401);
    expect(group.getStatus().connection).toBe('refused');
    expect(hub.open('room').getStatus().refusal?.code).toBe(4401);
  });
});
