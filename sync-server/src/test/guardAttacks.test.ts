import { CloseCode } from '@peerloom/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  expectOneRefusal,
  type GuardedSession,
  type Joined,
  SECRET,
  startGuardedSession,
} from './guardFixture.ts';
import { type Peer, waitForDoc } from './relayFixture.ts';

/**
 * A participant's device with the browser's developer tools: a real y-websocket client whose document
 * it changes at will. Each attack must be refused by the relay's guard: the victim's data stays on the
 * relay and on honest devices, the attacker is closed with 4422, the relay and honest clients go on.
 */
describe('relay guard against hostile participant writes to room', () => {
  let guarded: GuardedSession;
  let victim: Joined;
  let attacker: Joined;
  let victimPeer: Peer;
  let facilitatorPeer: Peer;
  let attackerPeer: Peer;

  const relayRoom = () => guarded.relayDoc('room') as Y.Doc;
  const victimAnswer = () => `q1/${victim.participantId}`;

  beforeEach(async () => {
    guarded = await startGuardedSession();
    const { fixture, session, join } = guarded;
    victim = await join('Vic');
    attacker = await join('Mallory');
    const path = `${session.sessionId}/room`;
    facilitatorPeer = fixture.connect(path, { key: session.facilitatorKey });
    victimPeer = fixture.connect(path, { token: victim.token });
    attackerPeer = fixture.connect(path, { token: attacker.token });
    await Promise.all([facilitatorPeer.synced, victimPeer.synced, attackerPeer.synced]);
    victimPeer.doc.transact(() => {
      victimPeer.doc.getMap('roster').set(victim.participantId, { name: 'Vic', joinedAt: 1 });
      victimPeer.doc
        .getMap('answers')
        .set(victimAnswer(), { text: 'mine', tags: [], createdAt: 1, updatedAt: 1 });
    });
    attackerPeer.doc.getMap('roster').set(attacker.participantId, { name: 'Mallory', joinedAt: 2 });
    for (const peer of [facilitatorPeer, attackerPeer]) {
      await waitForDoc(peer.doc, () => peer.doc.getMap('answers').has(victimAnswer()));
    }
    await waitForDoc(victimPeer.doc, () => victimPeer.doc.getMap('roster').has(attacker.participantId));
  });
  afterEach(() => guarded.fixture.cleanup());

  const expectRefusedAndIntact = async (reason: string) => {
    const closed = await attackerPeer.closed;
    expect(closed.code).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, reason);

    // Honest clients keep syncing through the same relay, and see the victim's data as it was.
    victimPeer.doc.getMap('answers').set(`q2/${victim.participantId}`, { text: 'still here', tags: [] });
    await waitForDoc(facilitatorPeer.doc, () =>
      facilitatorPeer.doc.getMap('answers').has(`q2/${victim.participantId}`),
    );
    for (const doc of [relayRoom(), facilitatorPeer.doc, victimPeer.doc]) {
      expect(doc.getMap('answers').get(victimAnswer())).toMatchObject({ text: 'mine' });
      expect(doc.getMap('roster').get(victim.participantId)).toMatchObject({ name: 'Vic' });
      expect(JSON.stringify(doc.toJSON())).not.toContain(SECRET);
      expect([...doc.share.keys()].every((name) => ['roster', 'answers'].includes(name))).toBe(true);
    }
  };

  it("overwriting another participant's answer is refused, not stored and not relayed", async () => {
    attackerPeer.doc.getMap('answers').set(victimAnswer(), { text: SECRET, tags: [] });
    await expectRefusedAndIntact('foreign_key');
    await guarded.fixture.restart();
    const late = guarded.fixture.connect(`${guarded.session.sessionId}/room`, {
      key: guarded.session.facilitatorKey,
    });
    await late.synced;
    expect(late.doc.getMap('answers').get(victimAnswer())).toMatchObject({ text: 'mine' });
  });

  it("deleting another participant's answer is refused", async () => {
    attackerPeer.doc.getMap('answers').delete(victimAnswer());
    await expectRefusedAndIntact('foreign_delete');
  });

  it("deleting someone else's roster entry is refused", async () => {
    attackerPeer.doc.getMap('roster').delete(victim.participantId);
    await expectRefusedAndIntact('foreign_delete');
  });

  it('writing under a key with no owner, in a root map the contract does not list, is refused', async () => {
    attackerPeer.doc.getMap('graffiti').set(attacker.participantId, SECRET);
    await expectRefusedAndIntact('foreign_key');
  });

  it('writing in the facilitator-only meta map is refused', async () => {
    attackerPeer.doc.getMap('meta').set('schemaVersion', 99);
    await expectRefusedAndIntact('foreign_key');
  });

  it('an answer key without its question part is refused', async () => {
    attackerPeer.doc.getMap('answers').set(attacker.participantId, { text: SECRET });
    await expectRefusedAndIntact('foreign_key');
  });

  it('a nested Y.Map under its own roster key is refused', async () => {
    const nested = new Y.Map<string>();
    nested.set('name', SECRET);
    attackerPeer.doc.getMap('roster').set(attacker.participantId, nested);
    await expectRefusedAndIntact('nested_type');
  });

  it('a nested Y.Text under its own answer key is refused', async () => {
    attackerPeer.doc.getMap('answers').set(`q1/${attacker.participantId}`, new Y.Text(SECRET));
    await expectRefusedAndIntact('nested_type');
  });

  it('a 900 KB value under its own key is refused', async () => {
    attackerPeer.doc
      .getMap('answers')
      .set(`q1/${attacker.participantId}`, { text: `${SECRET}${'x'.repeat(900 * 1024)}`, tags: [] });
    await expectRefusedAndIntact('too_big');
  });

  it("overwriting another participant's answer through a hub socket closes that document with 4422", async () => {
    attackerPeer.provider.destroy();
    const forged = new Y.Doc();
    forged.getMap('answers').set(victimAnswer(), { text: SECRET, tags: [] });
    const hub = await guarded.rawSocket('hub', `token=${attacker.token}`);
    const refusal = hub.refusal('room');
    hub.sendUpdate(Y.encodeStateAsUpdate(forged), 'room');
    expect(await refusal).toBe(CloseCode.writeRefused);
    // The hub stays open for the socket's other documents; what it sends for `room` is ignored from now on.
    hub.sendUpdate(Y.encodeStateAsUpdate(forged), 'room');
    expect(hub.socket.readyState).toBe(hub.socket.OPEN);
    attackerPeer = { ...attackerPeer, closed: Promise.resolve({ code: CloseCode.writeRefused, reason: '' }) };
    await expectRefusedAndIntact('foreign_key');
  });

  it("deleting clocks of another participant's client the relay has not seen yet is held, then refused once they arrive", async () => {
    // Applied at once, Yjs would keep such a deletion pending and remove the victim's next writes as they arrive.
    attackerPeer.provider.destroy();
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(relayRoom()));
    forged.clientID = victimPeer.doc.clientID;
    const scratch = forged.getMap('answers');
    scratch.set(`x/${attacker.participantId}`, SECRET);
    scratch.delete(`x/${attacker.participantId}`);
    const raw = await guarded.rawSocket('room', `token=${attacker.token}`);
    raw.sendUpdate(Y.encodeStateAsUpdate(forged, Y.encodeStateVector(forged)));
    victimPeer.doc.getMap('answers').set(`q3/${victim.participantId}`, { text: 'typed after', tags: [] });
    expect(await raw.closed).toBe(CloseCode.writeRefused);
    attackerPeer = { ...attackerPeer, closed: Promise.resolve({ code: CloseCode.writeRefused, reason: '' }) };
    await expectRefusedAndIntact('foreign_delete');
    for (const doc of [relayRoom(), facilitatorPeer.doc]) {
      expect(doc.getMap('answers').get(`q3/${victim.participantId}`)).toMatchObject({ text: 'typed after' });
    }
  });

  it('its own entries are accepted, overwritten and deleted without a refusal', async () => {
    const answers = attackerPeer.doc.getMap('answers');
    answers.set(`q1/${attacker.participantId}`, { text: 'first', tags: [] });
    answers.set(`q1/${attacker.participantId}`, { text: 'second', tags: [] });
    attackerPeer.doc.getMap('reactions').set(`${attacker.participantId}/p1/learned`, 5);
    attackerPeer.doc.getMap('reactions').delete(`${attacker.participantId}/p1/learned`);
    attackerPeer.doc.getMap('answers').set(`q3/${attacker.participantId}`, { text: 'third', tags: [] });
    await waitForDoc(victimPeer.doc, () =>
      victimPeer.doc.getMap('answers').has(`q3/${attacker.participantId}`),
    );
    expect(victimPeer.doc.getMap('answers').get(`q1/${attacker.participantId}`)).toMatchObject({
      text: 'second',
    });
    expect(victimPeer.doc.getMap('reactions').size).toBe(0);
    expect(guarded.fixture.relay.counters.refusedWrites).toBe(0);
    expect(attackerPeer.provider.wsconnected).toBe(true);
  });
});
