import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeHubFrame } from '../rooms/acceptHubSocket.ts';
import { MessageType } from '../rooms/protocol.ts';
import { type HostileSession, startHostileSession } from './hostileSession.ts';
import { waitForDoc } from './relayFixture.ts';

const FLOOD = 50_000;

/**
 * Once the relay decided to close a flooding socket (1008) it went on handling what the socket sent: one
 * 50,000-message flood wrote 49,742 `rate_limited` lines. A refused socket is now logged once, with the
 * count of what it sent after the decision; the relay stays up and honest clients keep syncing.
 */
describe('a socket flooding the relay', () => {
  let hostile: HostileSession;

  beforeEach(async () => {
    hostile = await startHostileSession();
  });
  afterEach(() => hostile.cleanup());

  const expectOneLineAndHonestSync = async (doc: string) => {
    await vi.waitFor(() => expect(hostile.linesWith('rate_limited')).toHaveLength(1), { timeout: 20_000 });
    const line = JSON.parse(hostile.linesWith('rate_limited')[0] as string);
    expect(line).toMatchObject({ doc, code: 1008 });
    expect(line.droppedMessages).toBeGreaterThan(0);
    expect(hostile.fixture.relay.counters.rejectedFrames).toBe(1);
    expect((await fetch(`${hostile.fixture.relay.url}/healthz`)).status).toBe(200);

    const ada = await hostile.join('Ada');
    const path = `${hostile.session.sessionId}/room`;
    const writer = hostile.fixture.connect(path, { token: ada.token });
    const reader = hostile.fixture.connect(path, { key: hostile.session.facilitatorKey });
    await Promise.all([writer.synced, reader.synced]);
    writer.doc.getMap('answers').set(`q1/${ada.participantId}`, { text: 'after the flood', tags: [] });
    await waitForDoc(reader.doc, () => reader.doc.getMap('answers').has(`q1/${ada.participantId}`));
    expect(hostile.linesWith('rate_limited')).toHaveLength(1);
  };

  it(`logs a single-document socket sending ${FLOOD} messages once, with a count`, async () => {
    const mallory = await hostile.join('Mallory');
    const flooder = await hostile.openRaw('room', { token: mallory.token });
    const query = Uint8Array.of(MessageType.queryAwareness);
    for (let index = 0; index < FLOOD; index++) flooder.socket.send(query);
    await flooder.closed;
    await expectOneLineAndHonestSync('room');
  });

  it(`logs a hub socket sending ${FLOOD} messages once, with a count`, async () => {
    const mallory = await hostile.join('Mallory');
    const flooder = await hostile.openRaw('hub', { token: mallory.token });
    const query = encodeHubFrame('room', Uint8Array.of(MessageType.queryAwareness));
    for (let index = 0; index < FLOOD; index++) flooder.socket.send(query);
    await flooder.closed;
    await expectOneLineAndHonestSync('hub');
  });
});
