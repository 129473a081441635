import { CloseCode } from '@peerloom/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  expectOneRefusal,
  fieldText,
  forgeUpdate,
  type GuardedSession,
  type Joined,
  SECRET,
  startGuardedSession,
  typeInto,
} from './guardFixture.ts';
import { type Peer, waitForDoc } from './relayFixture.ts';

/**
 * A Yjs client id belongs to the participant who first wrote with it in a document. A device that writes
 * with another's id would move that person's clocks forward, so that their real edits, arriving with the
 * same clocks, are ignored everywhere as duplicates. Each attack: refused with 4422 (`foreign_client`), the
 * victim's data intact on the relay and on honest devices, and the victim's next edits still arrive.
 */
describe('relay guard: client ids bound to their first writer', () => {
  let guarded: GuardedSession;
  let victim: Joined;
  let attacker: Joined;

  beforeEach(async () => {
    guarded = await startGuardedSession();
    victim = await guarded.join('Vic');
    attacker = await guarded.join('Mallory');
  });
  afterEach(() => guarded.fixture.cleanup());

  const answers = (peer: Peer) => peer.doc.getMap('answers');

  /** Sends, on a socket of its own with the attacker's token, `write` made with the victim's client id. */
  const steal = async (path: string, source: Peer, clientID: number, write: (doc: Y.Doc) => void) => {
    const raw = await guarded.rawSocket(path, `token=${attacker.token}`);
    raw.sendUpdate(forgeUpdate(source.doc, clientID, write));
    return raw.closed;
  };

  it("reusing another participant's client id in room is refused, also after a restart", async () => {
    const facilitator = guarded.connectAs('room', 'facilitator');
    const victimPeer = guarded.connectAs('room', victim);
    await Promise.all([facilitator.synced, victimPeer.synced]);
    answers(victimPeer).set(`q1/${victim.participantId}`, { text: 'mine', tags: [] });
    await waitForDoc(facilitator.doc, () => answers(facilitator).has(`q1/${victim.participantId}`));

    // Under its own key: only the client id is wrong. Accepted, it would take the clock the victim writes next.
    const own = (doc: Y.Doc) => doc.getMap('answers').set(`q1/${attacker.participantId}`, SECRET);
    expect(await steal('room', facilitator, victimPeer.doc.clientID, own)).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'foreign_client');

    answers(victimPeer).set(`q2/${victim.participantId}`, { text: 'next', tags: [] });
    await waitForDoc(facilitator.doc, () => answers(facilitator).has(`q2/${victim.participantId}`));
    for (const doc of [guarded.relayDoc('room') as Y.Doc, facilitator.doc]) {
      expect(doc.getMap('answers').get(`q1/${victim.participantId}`)).toMatchObject({ text: 'mine' });
      expect(JSON.stringify(doc.toJSON())).not.toContain(SECRET);
    }

    // The binding is kept with the document: after a restart the same theft is refused again.
    await guarded.fixture.restart();
    const late = guarded.connectAs('room', 'facilitator');
    await late.synced;
    expect(await steal('room', late, victimPeer.doc.clientID, own)).toBe(CloseCode.writeRefused);
    expect(guarded.fixture.relay.counters.refusedWrites).toBe(1);

    // The victim's own device goes on writing with its id after the restart.
    answers(victimPeer).set(`q4/${victim.participantId}`, { text: 'after restart', tags: [] });
    await waitForDoc(late.doc, () => answers(late).has(`q4/${victim.participantId}`));
    expect(answers(late).has(`q1/${attacker.participantId}`)).toBe(false);
  });

  it("reusing a fellow member's client id in a group document is refused; the member keeps typing", async () => {
    await guarded.setMembers('G', [victim.participantId, attacker.participantId]);
    const witness = guarded.connectAs('group/G', 'facilitator');
    const victimPeer = guarded.connectAs('group/G', victim);
    const attackerPeer = guarded.connectAs('group/G', attacker);
    await Promise.all([witness.synced, victimPeer.synced, attackerPeer.synced]);
    typeInto(victimPeer.doc, 'Vic wrote this. ');
    typeInto(attackerPeer.doc, 'Mallory too. ');
    await waitForDoc(attackerPeer.doc, () => fieldText(attackerPeer.doc).includes('Vic wrote'));
    await waitForDoc(victimPeer.doc, () => fieldText(victimPeer.doc).includes('Mallory too'));

    const closed = await steal('group/G', attackerPeer, victimPeer.doc.clientID, (doc) =>
      typeInto(doc, SECRET),
    );
    expect(closed).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'foreign_client');

    typeInto(victimPeer.doc, 'And more.');
    await waitForDoc(witness.doc, () => fieldText(witness.doc).includes('And more.'));
    await waitForDoc(attackerPeer.doc, () => fieldText(attackerPeer.doc).includes('And more.'));
    for (const doc of [guarded.relayDoc('group/G') as Y.Doc, witness.doc, victimPeer.doc]) {
      expect(fieldText(doc)).toContain('Vic wrote this. ');
      expect(fieldText(doc)).not.toContain(SECRET);
    }
  });

  it("a participant writing with the facilitator's client id is refused", async () => {
    const facilitator = guarded.connectAs('room', 'facilitator');
    await facilitator.synced;
    facilitator.doc.getMap('meta').set('schemaVersion', 1);
    await waitForDoc(guarded.relayDoc('room') as Y.Doc, () =>
      (guarded.relayDoc('room') as Y.Doc).getMap('meta').has('schemaVersion'),
    );
    const own = (doc: Y.Doc) => doc.getMap('answers').set(`q1/${attacker.participantId}`, SECRET);
    expect(await steal('room', facilitator, facilitator.doc.clientID, own)).toBe(CloseCode.writeRefused);
    await expectOneRefusal(guarded, 'foreign_client');
    facilitator.doc.getMap('meta').set('schemaVersion', 2);
    const reader = guarded.connectAs('room', victim);
    await waitForDoc(reader.doc, () => reader.doc.getMap('meta').get('schemaVersion') === 2);
  });
});
