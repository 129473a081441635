import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

const closeCodeOf = (socket: WebSocket) =>
  new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));

describe('relay defences', () => {
  let fixture: RelayFixture;
  let sessionId: string;
  let token: string;
  let participantId: string;

  beforeEach(async () => {
    fixture = await startRelay({ maxMessageBytes: 64 * 1024 });
    const created = await fixture.post<{ sessionId: string; code: string }>('/api/sessions', { title: 'T' });
    sessionId = created.body.sessionId;
    const joined = await fixture.post<{ token: string; participantId: string }>('/api/join', {
      code: created.body.code,
      name: 'Ada',
    });
    token = joined.body.token;
    participantId = joined.body.participantId;
  });
  afterEach(() => fixture.cleanup());

  const rawSocket = async () => {
    const socket = new WebSocket(
      `ws://127.0.0.1:${fixture.relay.port}/sync/${sessionId}/room?token=${token}`,
    );
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('open', resolve));
    return socket;
  };

  it('closes only the socket that sent a malformed or oversized frame; honest clients keep syncing', async () => {
    const honestA = fixture.connect(`${sessionId}/room`, { token });
    const honestB = fixture.connect(`${sessionId}/room`, { token });
    await Promise.all([honestA.synced, honestB.synced]);

    const garbage = await rawSocket();
    const garbageClosed = closeCodeOf(garbage);
    garbage.send(Buffer.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]));
    expect(await garbageClosed).toBe(1007);

    const unknownType = await rawSocket();
    const unknownClosed = closeCodeOf(unknownType);
    unknownType.send(Buffer.from([77, 1, 2]));
    expect(await unknownClosed).toBe(1007);

    const huge = await rawSocket();
    const hugeClosed = closeCodeOf(huge);
    huge.send(Buffer.alloc(128 * 1024, 1));
    expect(await hugeClosed).toBe(1009);

    honestA.doc.getMap('answers').set(`q/${participantId}`, 'still here');
    await waitForDoc(
      honestB.doc,
      () => honestB.doc.getMap('answers').get(`q/${participantId}`) === 'still here',
    );
    const health = await fetch(`${fixture.relay.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
