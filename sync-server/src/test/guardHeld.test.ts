import { CloseCode } from '@peerloom/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HELD_WRITE_LIMITS } from '../rooms/HeldWrites.ts';
import {
  expectOneRefusal,
  type GuardedSession,
  type Joined,
  SECRET,
  startGuardedSession,
} from './guardFixture.ts';
import { type Peer, waitForDoc } from './relayFixture.ts';

/** The updates a device sends, one per transaction, as y-websocket sends them. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}

/**
 * An update whose dependencies the relay lacks (earlier clocks, a neighbour, a parent, deleted clocks not
 * written yet) is held, unapplied, and checked once they arrive: applied if it passes, refused if not.
 * An honest device sends one when it types in the instant after reconnecting, before its sync step 2.
 */
describe('relay guard: updates with missing dependencies', () => {
  let guarded: GuardedSession;
  let ada: Joined;
  let victim: Joined;
  let facilitator: Peer;

  beforeEach(async () => {
    guarded = await startGuardedSession();
    ada = await guarded.join('Ada');
    victim = await guarded.join('Vic');
    facilitator = guarded.connectAs('room', 'facilitator');
    const victimPeer = guarded.connectAs('room', victim);
    await Promise.all([facilitator.synced, victimPeer.synced]);
    victimPeer.doc.getMap('answers').set(`q1/${victim.participantId}`, 'mine');
    await waitForDoc(facilitator.doc, () =>
      facilitator.doc.getMap('answers').has(`q1/${victim.participantId}`),
    );
  });
  afterEach(() => guarded.fixture.cleanup());

  const relayRoom = () => guarded.relayDoc('room') as Y.Doc;

  for (const path of ['room', 'group/G']) {
    it(`an honest keystroke that arrives before the edit it follows is held, then applied (${path})`, async () => {
      await guarded.setMembers('G', [ada.participantId]);
      const witness = guarded.connectAs(path, 'facilitator');
      await witness.synced;
      const device = new Y.Doc();
      const updates = recordUpdates(device);
      const write = (key: string) =>
        path === 'room'
          ? device.getMap('answers').set(`${key}/${ada.participantId}`, key)
          : device.getText('field').insert(device.getText('field').length, key);
      write('offline');
      write('after');
      const raw = await guarded.rawSocket(path, `token=${ada.token}`);
      raw.sendUpdate(updates[1] as Uint8Array);
      await raw.roundTrip();
      const held = guarded.relayDoc(path) as Y.Doc;
      expect(held.store.pendingStructs).toBeNull();
      expect(Y.getState(held.store, device.clientID)).toBe(0);

      raw.sendUpdate(updates[0] as Uint8Array);
      const seen = () =>
        path === 'room'
          ? witness.doc.getMap('answers').has(`after/${ada.participantId}`)
          : witness.doc.getText('field').toString() === 'offlineafter';
      await waitForDoc(witness.doc, seen);
      expect(guarded.fixture.relay.counters.refusedWrites).toBe(0);
      expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    });
  }

  it('a held update that overwrites another participant is refused once it can be checked', async () => {
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(relayRoom()));
    const updates = recordUpdates(device);
    device.getMap('answers').set(`q1/${ada.participantId}`, 'own');
    device.getMap('answers').set(`q1/${victim.participantId}`, SECRET);
    const raw = await guarded.rawSocket('room', `token=${ada.token}`);
    raw.sendUpdate(updates[1] as Uint8Array);
    await raw.roundTrip();
    expect(guarded.fixture.relay.counters.refusedWrites).toBe(0);

    raw.sendUpdate(updates[0] as Uint8Array);
    expect(await raw.closed).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'foreign_key');
    for (const doc of [relayRoom(), facilitator.doc]) {
      expect(doc.getMap('answers').get(`q1/${victim.participantId}`)).toBe('mine');
      expect(JSON.stringify(doc.toJSON())).not.toContain(SECRET);
    }
  });

  it('a connection holding too many updates is refused', async () => {
    const device = new Y.Doc();
    const updates = recordUpdates(device);
    for (let index = 0; index <= HELD_WRITE_LIMITS.perConnection + 1; index++) {
      device.getMap('answers').set(`q${index}/${ada.participantId}`, SECRET);
    }
    const raw = await guarded.rawSocket('room', `token=${ada.token}`);
    for (const update of updates.slice(1)) raw.sendUpdate(update);
    expect(await raw.closed).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'missing_dependency');
    expect(JSON.stringify(relayRoom().toJSON())).not.toContain(SECRET);
  });
});
