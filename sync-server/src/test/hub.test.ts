import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeHubFrame } from '../rooms/acceptHubSocket.ts';
import { CloseCode, MessageType } from '../rooms/protocol.ts';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
  viewerToken: string;
}

interface Received {
  path: string;
  type: number;
  decoder: decoding.Decoder;
}

const waitFor = async (predicate: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const message = (type: number, write?: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write?.(encoder);
  return encoding.toUint8Array(encoder);
};
const syncStep1 = (doc: Y.Doc) =>
  message(MessageType.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
const updateMessage = (update: Uint8Array) =>
  message(MessageType.sync, (encoder) => syncProtocol.writeUpdate(encoder, update));

/** A hub socket written by hand: frames are built and read here, independently of sync-client. */
async function openRawHub(port: number, sessionId: string, query: string) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/sync/${sessionId}/hub?${query}`);
  socket.on('error', () => {});
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const path = decoding.readVarString(decoder);
    received.push({ path, type: decoding.readVarUint(decoder), decoder });
    for (const waiter of [...waiters]) waiter();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('close', (code) => reject(new Error(`closed with ${code}`)));
  });
  return {
    socket,
    received,
    closed,
    send: (path: string, body: Uint8Array) => socket.send(encodeHubFrame(path, body)),
    next(predicate: (frame: Received) => boolean, timeoutMs = 5000): Promise<Received> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(predicate);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('no such frame'));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

describe('hub sockets on the relay', () => {
  let fixture: RelayFixture;
  let session: Created;

  beforeEach(async () => {
    fixture = await startRelay({ maxDocumentsPerHub: 8 });
    session = (await fixture.post<Created>('/api/sessions', { title: 'Hub' })).body;
  });
  afterEach(() => fixture.cleanup());

  const facilitatorHub = () =>
    openRawHub(fixture.relay.port, session.sessionId, `key=${session.facilitatorKey}`);

  it('carries documents side by side with stock clients, refuses one path alone, and releases every room on close', async () => {
    const hub = await facilitatorHub();
    const stock = fixture.connect(`${session.sessionId}/group/P1`, { key: session.facilitatorKey });
    await stock.synced;
    stock.doc.getText('text').insert(0, 'from stock');

    const mine = new Y.Doc();
    hub.send('group/P1', syncStep1(mine));
    hub.send('room', syncStep1(new Y.Doc()));
    hub.send('group/../control', syncStep1(new Y.Doc()));
    const step2 = await hub.next(
      (frame) =>
        frame.path === 'group/P1' &&
        frame.type === MessageType.sync &&
        frame.decoder.arr[frame.decoder.pos] === 1,
    );
    syncProtocol.readSyncMessage(step2.decoder, encoding.createEncoder(), mine, 'relay');
    expect(mine.getText('text').toString()).toBe('from stock');
    const refused = await hub.next((frame) => frame.type === MessageType.documentRefused);
    expect(refused.path).toBe('group/../control');
    expect(decoding.readVarUint(refused.decoder)).toBe(4404);
    await hub.next((frame) => frame.path === 'room' && frame.type === MessageType.sync);

    const before = Y.encodeStateVector(mine);
    mine.getText('text').insert(0, 'from hub, ');
    hub.send('group/P1', updateMessage(Y.encodeStateAsUpdate(mine, before)));
    await waitForDoc(stock.doc, () => stock.doc.getText('text').toString() === 'from hub, from stock');
    expect(hub.socket.readyState).toBe(WebSocket.OPEN);
    expect(fixture.relay.counters.hubDocuments).toBe(2);

    hub.send('room', message(MessageType.unsubscribe));
    await waitFor(() => fixture.relay.counters.hubDocuments === 1);
    hub.socket.close();
    await hub.closed;
    await waitFor(() => fixture.relay.counters.hubSockets === 0 && fixture.relay.counters.hubDocuments === 0);
    expect(fixture.relay.rooms.connectionCount).toBe(1);
  });

  it('refuses documents past the per-socket bound without closing the socket', async () => {
    const hub = await facilitatorHub();
    for (let index = 0; index < 9; index++) hub.send(`group/P${index}`, syncStep1(new Y.Doc()));
    const refused = await hub.next((frame) => frame.type === MessageType.documentRefused);
    expect(refused.path).toBe('group/P8');
    expect(decoding.readVarUint(refused.decoder)).toBe(1013);
    hub.send('group/P0', message(MessageType.unsubscribe));
    hub.send('group/P8', syncStep1(new Y.Doc()));
    await hub.next((frame) => frame.path === 'group/P8' && frame.type === MessageType.sync);
    expect(fixture.relay.counters.hubDocuments).toBe(8);
  });

  it('refuses a viewer’s (4403) and a non-member’s (4422) write to a group on a hub, for that document alone', async () => {
    const join = async (name: string) =>
      (
        await fixture.post<{ token: string; participantId: string }>('/api/join', {
          code: session.code,
          name,
        })
      ).body;
    const ada = await join('Ada');
    const bob = await join('Bob');
    const control = fixture.connect(`${session.sessionId}/control`, { key: session.facilitatorKey });
    await control.synced;
    control.doc.getMap('groupMembers').set('P1', [ada.participantId]);
    const witness = fixture.connect(`${session.sessionId}/group/P1`, { key: session.facilitatorKey });
    await witness.synced;
    await waitFor(() => fixture.relay.rooms.size >= 2);

    const write = async (query: string, key: string) => {
      const hub = await openRawHub(fixture.relay.port, session.sessionId, query);
      const doc = new Y.Doc();
      hub.send('group/P1', syncStep1(doc));
      doc.getMap('field').set(key, true);
      hub.send('group/P1', updateMessage(Y.encodeStateAsUpdate(doc)));
      return hub;
    };
    const refusalCode = async (hub: Awaited<ReturnType<typeof write>>) => {
      const refused = await hub.next((frame) => frame.type === MessageType.documentRefused);
      expect(refused.path).toBe('group/P1');
      return decoding.readVarUint(refused.decoder);
    };
    const nonMember = await write(`token=${bob.token}`, 'bob');
    const viewer = await write(`token=${session.viewerToken}`, 'viewer');
    const member = await write(`token=${ada.token}`, 'ada');
    await waitForDoc(witness.doc, () => witness.doc.getMap('field').has('ada'));
    expect(await refusalCode(nonMember)).toBe(CloseCode.writeRefused);
    expect(await refusalCode(viewer)).toBe(CloseCode.forbidden);
    for (const hub of [nonMember, viewer, member]) expect(hub.socket.readyState).toBe(WebSocket.OPEN);
    expect(fixture.relay.counters.refusedWrites).toBe(2);
    expect(witness.doc.getMap('field').has('bob')).toBe(false);
    expect(witness.doc.getMap('field').has('viewer')).toBe(false);
  });

  it('closes a hub socket on a malformed frame with 1007, and keeps the relay and other sockets up', async () => {
    const honest = await facilitatorHub();
    honest.send('room', syncStep1(new Y.Doc()));
    await honest.next((frame) => frame.path === 'room');

    const frames = [
      Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x7f]),
      encodeHubFrame('room', Uint8Array.from([77, 1, 2])),
      encodeHubFrame('group/P1', Uint8Array.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])),
      encodeHubFrame('room', new Uint8Array()),
    ];
    for (const frame of frames) {
      const hostile = await facilitatorHub();
      hostile.socket.send(frame);
      expect((await hostile.closed).code).toBe(1007);
    }
    const texting = await facilitatorHub();
    texting.socket.send('room');
    expect((await texting.closed).code).toBe(1007);

    const stock = fixture.connect(`${session.sessionId}/group/P1`, { key: session.facilitatorKey });
    await stock.synced;
    stock.doc.getText('text').insert(0, 'still relayed');
    const mine = new Y.Doc();
    honest.send('group/P1', syncStep1(mine));
    await honest.next(
      (frame) =>
        frame.path === 'group/P1' &&
        frame.type === MessageType.sync &&
        frame.decoder.arr[frame.decoder.pos] === 1,
    );
    expect(honest.socket.readyState).toBe(WebSocket.OPEN);
    expect((await fetch(`${fixture.relay.url}/healthz`)).status).toBe(200);
  });

  it('refuses a bad key, a bad token and an unknown session at the upgrade, like single sockets', async () => {
    const closeCode = async (sessionId: string, query: string) => {
      const socket = new WebSocket(`ws://127.0.0.1:${fixture.relay.port}/sync/${sessionId}/hub?${query}`);
      socket.on('error', () => {});
      return new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    };
    expect(await closeCode(session.sessionId, 'key=wrong')).toBe(4403);
    expect(await closeCode(session.sessionId, 'token=forged.token')).toBe(4401);
    expect(await closeCode(session.sessionId, '')).toBe(4401);
    expect(await closeCode('no-such-session', `key=${session.facilitatorKey}`)).toBe(4404);
  });

  it('closes a hub socket that floods past its rate bound with 1008', async () => {
    const hub = await facilitatorHub();
    const queryAwareness = message(MessageType.queryAwareness);
    for (let index = 0; index < 3000; index++) hub.send('room', queryAwareness);
    expect((await hub.closed).code).toBe(1008);
  });
});
