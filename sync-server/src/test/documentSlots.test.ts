import { CONTROL_MAPS } from '@peerloom/protocol';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeHubFrame } from '../rooms/acceptHubSocket.ts';
import { CloseCode, MessageType } from '../rooms/protocol.ts';
import { emptySyncStep1, type HostileSession, startHostileSession } from './hostileSession.ts';
import { waitForDoc } from './relayFixture.ts';

/** Close codes of the hub's `documentRefused` frames, by document path. */
function hubRefusals(socket: import('ws').WebSocket): Map<string, number> {
  const refusals = new Map<string, number>();
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const path = decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) === MessageType.documentRefused) {
      refusals.set(path, decoding.readVarUint(decoder));
    }
  });
  return refusals;
}

/**
 * One participant token used to open hundreds of made-up group documents filled the session's document
 * slots: the facilitator then got 1013 for new group documents and even for `room`. A participant opens
 * only the documents the session names, and only so many at once.
 */
describe('document slots against a hostile participant', () => {
  let hostile: HostileSession;

  beforeEach(async () => {
    hostile = await startHostileSession({ maxDocumentsPerParticipant: 3 });
  });
  afterEach(() => hostile.cleanup());

  const facilitator = () => ({ key: hostile.session.facilitatorKey });

  /** The facilitator names productions in control, as `syncProductions` does, and the relay has them. */
  const nameProductions = async (ids: string[]) => {
    const control = hostile.fixture.connect(`${hostile.session.sessionId}/control`, facilitator());
    await control.synced;
    for (const id of ids) control.doc.getMap(CONTROL_MAPS.productions).set(id, { number: 1 });
    const relayControl = () =>
      hostile.fixture.relay.rooms
        .loadedDocuments(hostile.session.sessionId)
        .get(`${hostile.session.sessionId}/control`);
    await vi.waitFor(() => expect(relayControl()?.getMap(CONTROL_MAPS.productions).size).toBe(ids.length));
  };

  it('refuses 300 made-up group documents from one participant with 4404; the facilitator still opens room and new groups', async () => {
    const mallory = await hostile.join('Mallory');
    const hub = await hostile.openRaw('hub', { token: mallory.token });
    const refusals = hubRefusals(hub.socket);
    for (let index = 0; index < 300; index++) {
      hub.socket.send(encodeHubFrame(`group/fake${index}`, emptySyncStep1()));
    }
    await vi.waitFor(() => expect(refusals.size).toBe(300), { timeout: 10_000 });
    expect(new Set(refusals.values())).toEqual(new Set([CloseCode.notFound]));
    const single = await hostile.openRaw('group/fake-single', { token: mallory.token });
    expect((await single.closed).code).toBe(CloseCode.notFound);
    expect(hostile.fixture.relay.rooms.size).toBeLessThanOrEqual(1);
    hub.socket.close();
    await hub.closed;
    await vi.waitFor(() => expect(hostile.linesWith('document_refused')).toHaveLength(2));
    const lines = hostile.linesWith('document_refused').map((line) => JSON.parse(line));
    expect(lines.find((line) => line.doc === 'hub')).toMatchObject({
      doc: 'hub',
      reasons: { 'no such document': 300 },
    });

    const room = hostile.fixture.connect(`${hostile.session.sessionId}/room`, facilitator());
    const group = hostile.fixture.connect(`${hostile.session.sessionId}/group/new-production`, facilitator());
    await Promise.all([room.synced, group.synced]);
    group.doc.getText('notes').insert(0, 'written by the facilitator');
    const again = hostile.fixture.connect(`${hostile.session.sessionId}/group/new-production`, facilitator());
    await waitForDoc(again.doc, () => again.doc.getText('notes').length > 0);
  });

  it('opens the productions control names for a participant, at most three at once over every socket', async () => {
    await nameProductions(['p1', 'p2', 'p3', 'p4']);
    const ada = await hostile.join('Ada');
    const [first, second] = await Promise.all([
      hostile.openRaw('group/p1', { token: ada.token }),
      hostile.openRaw('group/p2', { token: ada.token }),
    ]);
    const hub = await hostile.openRaw('hub', { token: ada.token });
    const refusals = hubRefusals(hub.socket);
    hub.socket.send(encodeHubFrame('group/p3', emptySyncStep1()));
    hub.socket.send(encodeHubFrame('group/p4', emptySyncStep1()));
    await vi.waitFor(() => expect(refusals.get('group/p4')).toBe(CloseCode.tryAgainLater));
    expect(refusals.has('group/p3')).toBe(false);
    const fourth = await hostile.openRaw('room', { token: ada.token });
    expect((await fourth.closed).code).toBe(CloseCode.tryAgainLater);

    // Once one closes, the stock client's retry after 1013 gets in.
    first.socket.close();
    const retry = hostile.fixture.connect(`${hostile.session.sessionId}/room`, { token: ada.token });
    await retry.synced;
    expect(second.socket.readyState).toBe(second.socket.OPEN);
    // Another participant is not counted with Ada.
    const bob = await hostile.join('Bob');
    const bobs = hostile.fixture.connect(`${hostile.session.sessionId}/group/p4`, { token: bob.token });
    await bobs.synced;
  });
});
