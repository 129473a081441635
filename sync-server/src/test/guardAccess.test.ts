import { CloseCode } from '@peerloom/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { expectOneRefusal, type GuardedSession, SECRET, startGuardedSession } from './guardFixture.ts';
import { waitForDoc } from './relayFixture.ts';

/**
 * Connections that may write nothing: a read link (viewer token) is closed with 4403 at its first write;
 * a participant whose token expired while its socket stayed open is closed with 4401 at its next write
 * (the device renews its token and reconnects), and an expired token cannot open a socket at all.
 */
describe('relay guard: viewers and expired tokens', () => {
  let guarded: GuardedSession;
  afterEach(() => guarded.fixture.cleanup());

  it("a viewer's write is refused with 4403 and changes nothing", async () => {
    guarded = await startGuardedSession();
    const writer = await guarded.join('Ada');
    const facilitator = guarded.connectAs('room', 'facilitator');
    const ada = guarded.connectAs('room', writer);
    const viewer = guarded.connectAs('room', 'viewer');
    await Promise.all([facilitator.synced, ada.synced, viewer.synced]);
    ada.doc.getMap('answers').set(`q1/${writer.participantId}`, 'mine');
    await waitForDoc(viewer.doc, () => viewer.doc.getMap('answers').has(`q1/${writer.participantId}`));

    viewer.doc.getMap('answers').set(`q1/${writer.participantId}`, SECRET);
    expect((await viewer.closed).code).toBe(CloseCode.forbidden);
    await expectOneRefusal(guarded, 'read_only');
    ada.doc.getMap('answers').set(`q2/${writer.participantId}`, 'next');
    await waitForDoc(facilitator.doc, () =>
      facilitator.doc.getMap('answers').has(`q2/${writer.participantId}`),
    );
    for (const doc of [guarded.relayDoc('room') as Y.Doc, facilitator.doc, ada.doc]) {
      expect(doc.getMap('answers').get(`q1/${writer.participantId}`)).toBe('mine');
    }
  });

  it('a write after the token expired is refused with 4401, and the expired token cannot reopen', async () => {
    let clock = Date.now();
    guarded = await startGuardedSession({ now: () => clock, tokenTtlMs: 60_000 });
    const joined = await guarded.join('Ada');
    const facilitator = guarded.connectAs('room', 'facilitator');
    const ada = guarded.connectAs('room', joined);
    await Promise.all([facilitator.synced, ada.synced]);
    ada.doc.getMap('answers').set(`q1/${joined.participantId}`, 'in time');
    await waitForDoc(facilitator.doc, () =>
      facilitator.doc.getMap('answers').has(`q1/${joined.participantId}`),
    );

    clock += 2 * 60_000;
    ada.doc.getMap('answers').set(`q2/${joined.participantId}`, SECRET);
    expect((await ada.closed).code).toBe(CloseCode.unauthorized);
    await expectOneRefusal(guarded, 'token_expired');
    expect((guarded.relayDoc('room') as Y.Doc).getMap('answers').has(`q2/${joined.participantId}`)).toBe(
      false,
    );

    const reopened = guarded.connectAs('room', joined);
    expect((await reopened.closed).code).toBe(CloseCode.unauthorized);
    facilitator.doc.getMap('meta').set('schemaVersion', 1);
    const reader = guarded.connectAs('room', 'facilitator');
    await waitForDoc(reader.doc, () => reader.doc.getMap('meta').has('schemaVersion'));
    expect(reader.doc.getMap('answers').get(`q1/${joined.participantId}`)).toBe('in time');
  });
});
