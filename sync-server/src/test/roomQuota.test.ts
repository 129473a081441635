import { CloseCode, WRITE_LIMITS } from '@peerloom/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { type HostileSession, type JoinedParticipant, startHostileSession } from './hostileSession.ts';
import { type Peer, waitForDoc } from './relayFixture.ts';

const ENTRIES = 10_000;

/**
 * 10,000 small entries in one second from one participant, each under its own key: refused by the
 * per-participant quota and write rate of the contract (`WRITE_LIMITS`), with nothing of the refused
 * update applied; the victim's data and the honest clients are unaffected.
 */
describe('quotas and write rates in room', () => {
  let hostile: HostileSession;
  let victim: JoinedParticipant;
  let attacker: JoinedParticipant;
  let victimPeer: Peer;
  let facilitatorPeer: Peer;
  let attackerPeer: Peer;

  const relayRoom = () =>
    hostile.fixture.relay.rooms
      .loadedDocuments(hostile.session.sessionId)
      .get(`${hostile.session.sessionId}/room`) as Y.Doc;
  const entriesOf = (doc: Y.Doc, participantId: string) =>
    [...doc.getMap('answers').keys()].filter((key) => key.endsWith(`/${participantId}`)).length;

  beforeEach(async () => {
    hostile = await startHostileSession();
    victim = await hostile.join('Vic');
    attacker = await hostile.join('Mallory');
    const path = `${hostile.session.sessionId}/room`;
    facilitatorPeer = hostile.fixture.connect(path, { key: hostile.session.facilitatorKey });
    victimPeer = hostile.fixture.connect(path, { token: victim.token });
    attackerPeer = hostile.fixture.connect(path, { token: attacker.token });
    await Promise.all([facilitatorPeer.synced, victimPeer.synced, attackerPeer.synced]);
    victimPeer.doc.getMap('answers').set(`q1/${victim.participantId}`, { text: 'mine', tags: [] });
    await waitForDoc(facilitatorPeer.doc, () => entriesOf(facilitatorPeer.doc, victim.participantId) === 1);
  });
  afterEach(() => hostile.cleanup());

  const expectHonestClientsUnaffected = async () => {
    expect((await fetch(`${hostile.fixture.relay.url}/healthz`)).status).toBe(200);
    victimPeer.doc.getMap('answers').set(`q2/${victim.participantId}`, { text: 'still here', tags: [] });
    await waitForDoc(facilitatorPeer.doc, () => entriesOf(facilitatorPeer.doc, victim.participantId) === 2);
    for (const doc of [relayRoom(), facilitatorPeer.doc, victimPeer.doc]) {
      expect(doc.getMap('answers').get(`q1/${victim.participantId}`)).toMatchObject({ text: 'mine' });
    }
  };

  it(`refuses ${ENTRIES} entries in one update with 4422, applying none of them`, async () => {
    attackerPeer.doc.transact(() => {
      const answers = attackerPeer.doc.getMap('answers');
      for (let index = 0; index < ENTRIES; index++) answers.set(`q${index}/${attacker.participantId}`, index);
    });
    expect((await attackerPeer.closed).code).toBe(CloseCode.writeRefused);
    await vi.waitFor(() => expect(hostile.linesWith('write_refused')).toHaveLength(1));
    expect(JSON.parse(hostile.linesWith('write_refused')[0] as string)).toMatchObject({
      reason: 'entry_quota',
    });
    expect(entriesOf(relayRoom(), attacker.participantId)).toBe(0);
    await expectHonestClientsUnaffected();
    expect(entriesOf(facilitatorPeer.doc, attacker.participantId)).toBe(0);
  });

  it(`takes ${ENTRIES} entries sent in 100 updates within a second only up to the write burst, then refuses the rest`, async () => {
    const answers = attackerPeer.doc.getMap('answers');
    for (let update = 0; update < 100; update++) {
      attackerPeer.doc.transact(() => {
        for (let index = 0; index < ENTRIES / 100; index++) {
          answers.set(`q${update * 100 + index}/${attacker.participantId}`, index);
        }
      });
    }
    // Over the rate: closed with 1008, so the stock client reconnects; its sync step 2 then carries the
    // other entries at once, more than a burst: refused for good with 4422.
    expect((await attackerPeer.closed).code).toBe(CloseCode.writeRefused);
    await vi.waitFor(() => expect(hostile.linesWith('write_refused')).toHaveLength(2));
    const reasons = hostile.linesWith('write_refused').map((line) => JSON.parse(line));
    expect(reasons).toMatchObject([
      { reason: 'write_rate', code: CloseCode.policy },
      { reason: 'entry_quota', code: CloseCode.writeRefused },
    ]);
    const accepted = entriesOf(relayRoom(), attacker.participantId);
    expect(accepted % 100).toBe(0);
    expect(accepted).toBeLessThanOrEqual(WRITE_LIMITS.entryWriteBurst + 100);
    await expectHonestClientsUnaffected();
  });
});
