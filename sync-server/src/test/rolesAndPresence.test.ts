import { CloseCode } from '@peerloom/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Peer } from './relayFixture.ts';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}

const seenPresence = (peer: Peer) =>
  [...peer.provider.awareness.getStates().values()].map(
    (state) => (state as { user?: { name: string } }).user?.name,
  );

/** Resolves when the names this peer sees satisfy the predicate, checked at each change of its presence. */
const waitForPresence = (peer: Peer, predicate: (names: (string | undefined)[]) => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => {
      if (!predicate(seenPresence(peer))) return;
      peer.provider.awareness.off('change', check);
      resolve();
    };
    peer.provider.awareness.on('change', check);
    check();
  });

describe('roles per document kind and presence routing', () => {
  let fixture: RelayFixture;
  let session: Created;
  const tokens: Record<string, { token: string; participantId: string }> = {};

  beforeEach(async () => {
    fixture = await startRelay();
    session = (await fixture.post<Created>('/api/sessions', { title: 'Roles' })).body;
    for (const name of ['ada', 'bob', 'cy']) {
      tokens[name] = (
        await fixture.post<{ token: string; participantId: string }>('/api/join', {
          code: session.code,
          name,
        })
      ).body;
    }
  });
  afterEach(() => fixture.cleanup());

  const participant = (name: string, doc: string) =>
    fixture.connect(`${session.sessionId}/${doc}`, { token: tokens[name]?.token ?? '' });

  it('accepts group writes from members and the facilitator only, following regrouping at once', async () => {
    const control = fixture.connect(`${session.sessionId}/control`, { key: session.facilitatorKey });
    await control.synced;
    control.doc.getMap('groupMembers').set('g1', [tokens.ada?.participantId]);

    const ada = participant('ada', 'group/g1');
    const bob = participant('bob', 'group/g1');
    const intruder = participant('cy', 'group/g1');
    const facilitator = fixture.connect(`${session.sessionId}/group/g1`, { key: session.facilitatorKey });
    await Promise.all([ada.synced, bob.synced, intruder.synced, facilitator.synced]);

    ada.doc.getText('summary').insert(0, 'ada ');
    intruder.doc.getText('summary').insert(0, 'intruder ');
    facilitator.doc.getText('hint').insert(0, 'from the facilitator');
    await waitForDoc(bob.doc, () => bob.doc.getText('summary').toString().includes('ada'));
    await waitForDoc(ada.doc, () => ada.doc.getText('hint').length > 0);
    expect((await intruder.closed).code).toBe(CloseCode.writeRefused);
    expect(ada.doc.getText('summary').toString()).not.toContain('intruder');

    control.doc.getMap('groupMembers').set('g1', [tokens.ada?.participantId, tokens.bob?.participantId]);
    const bobControl = participant('bob', 'control');
    await waitForDoc(bobControl.doc, () =>
      String(bobControl.doc.getMap('groupMembers').get('g1')).includes(tokens.bob?.participantId ?? '-'),
    );
    bob.doc.getMap('votes').set('bob', 'yes');
    await waitForDoc(ada.doc, () => ada.doc.getMap('votes').get('bob') === 'yes');
  });

  it('routes participants’ presence in the room document to facilitators only', async () => {
    const ada = participant('ada', 'room');
    const bob = participant('bob', 'room');
    const facilitator = fixture.connect(`${session.sessionId}/room`, { key: session.facilitatorKey });
    await Promise.all([ada.synced, bob.synced, facilitator.synced]);
    ada.provider.awareness.setLocalStateField('user', { name: 'ada' });
    bob.provider.awareness.setLocalStateField('user', { name: 'bob' });
    facilitator.provider.awareness.setLocalStateField('user', { name: 'facilitator' });

    await waitForPresence(facilitator, (names) => names.includes('ada') && names.includes('bob'));
    await waitForPresence(bob, (names) => names.includes('facilitator'));
    expect(seenPresence(bob)).not.toContain('ada');
    expect(seenPresence(ada)).not.toContain('bob');

    ada.provider.disconnect();
    await waitForPresence(facilitator, (names) => !names.includes('ada'));
  });

  it('keeps a stock client that echoes everyone’s presence back connected', async () => {
    const control = fixture.connect(`${session.sessionId}/control`, { key: session.facilitatorKey });
    await control.synced;
    control.doc.getMap('productions').set('g3', { number: 3 });
    const names = ['ada', 'bob', 'cy'];
    const participants = names.map((name) => participant(name, 'group/g3'));
    const extra = await Promise.all(
      ['dee', 'eli', 'fay'].map(
        async (name) =>
          (await fixture.post<{ token: string }>('/api/join', { code: session.code, name })).body.token,
      ),
    );
    participants.push(...extra.map((token) => fixture.connect(`${session.sessionId}/group/g3`, { token })));
    await Promise.all(participants.map((peer) => peer.synced));
    for (const [index, peer] of participants.entries()) {
      peer.provider.awareness.setLocalStateField('user', { name: `p${index}` });
    }
    const facilitator = fixture.connect(`${session.sessionId}/group/g3`, { key: session.facilitatorKey });
    let closed = false;
    void facilitator.closed.then(() => {
      closed = true;
    });
    await facilitator.synced;
    await waitForPresence(facilitator, (names) => names.filter(Boolean).length === 6);
    // The relay handles a socket's frames in order: once a write sent after the echoes reaches a member, the
    // relay has handled every echo.
    facilitator.doc.getMap('probe').set('after-echoes', true);
    const reader = participants[0] as Peer;
    await waitForDoc(reader.doc, () => reader.doc.getMap('probe').get('after-echoes') === true);
    expect(closed).toBe(false);
    expect(facilitator.provider.wsconnected).toBe(true);
    expect(fixture.relay.counters.rejectedFrames).toBe(0);
  });

  it('relays presence (carets) to every member of a group document', async () => {
    const control = fixture.connect(`${session.sessionId}/control`, { key: session.facilitatorKey });
    await control.synced;
    control.doc.getMap('groupMembers').set('g2', [tokens.ada?.participantId, tokens.cy?.participantId]);
    const ada = participant('ada', 'group/g2');
    const cy = participant('cy', 'group/g2');
    await Promise.all([ada.synced, cy.synced]);
    ada.provider.awareness.setLocalStateField('user', { name: 'ada' });
    await waitForPresence(cy, (names) => names.includes('ada'));
  });

  it('refuses browsers from other origins and accepts the relay’s own origin', async () => {
    const upgrade = (origin: string) =>
      new Promise<number>((resolve) => {
        const url = `ws://127.0.0.1:${fixture.relay.port}/sync/${session.sessionId}/room?token=${tokens.ada?.token}`;
        const socket = new WebSocket(url, { origin });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('error', () => {});
      });
    expect(await upgrade(`http://127.0.0.1:${fixture.relay.port}`)).toBe(101);
    expect(await upgrade('http://evil.example')).toBe(403);
  });
});
