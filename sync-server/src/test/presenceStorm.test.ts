import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Peer, type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}

type Cursor = { index: number } | undefined;

const cursorOf = (watcher: Peer, sender: Peer): Cursor =>
  (watcher.provider.awareness.getStates().get(sender.doc.clientID) as { cursor?: Cursor } | undefined)
    ?.cursor;

/** Resolves once `predicate` holds, re-checked on every presence change `peer` sees. */
const untilPresence = (peer: Peer, predicate: () => boolean, timeoutMs = 10_000) =>
  new Promise<void>((resolve, reject) => {
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      peer.provider.awareness.off('change', check);
      resolve();
    };
    const timer = setTimeout(() => {
      peer.provider.awareness.off('change', check);
      reject(new Error('timed out waiting for presence'));
    }, timeoutMs);
    peer.provider.awareness.on('change', check);
    check();
  });

// Issue 11, "Carets must not knock people off": stock y-websocket clients send back every presence
// state they receive; two members sending 200 presence updates each used to get the three others
// closed with 1008 by the per-connection message bound.
describe('a presence storm in a group document', () => {
  let fixture: RelayFixture;
  let session: Created;

  beforeEach(async () => {
    fixture = await startRelay();
    session = (await fixture.post<Created>('/api/sessions', { title: 'Storm' })).body;
  });
  afterEach(() => fixture.cleanup());

  it('keeps every member connected while two members send 200 presence updates each', async () => {
    const joined = [];
    for (const name of ['ada', 'bob', 'cy', 'dee', 'eli']) {
      const { body } = await fixture.post<{ token: string; participantId: string }>('/api/join', {
        code: session.code,
        name,
      });
      joined.push(body);
    }
    const control = fixture.connect(`${session.sessionId}/control`, { key: session.facilitatorKey });
    await control.synced;
    control.doc.getMap('groupMembers').set(
      'p1',
      joined.map((member) => member.participantId),
    );
    const members = joined.map((member) =>
      fixture.connect(`${session.sessionId}/group/p1`, { token: member.token }),
    );
    const closes: string[] = [];
    for (const [index, member] of members.entries()) {
      member.provider.on('connection-close', (event) => closes.push(`member ${index}: ${event?.code}`));
    }
    await Promise.all(members.map((member) => member.synced));
    for (const [index, member] of members.entries()) {
      member.provider.awareness.setLocalState({ user: { name: `member ${index}` }, cursor: { index: -1 } });
    }
    await Promise.all(
      members.map((watcher) =>
        untilPresence(watcher, () => watcher.provider.awareness.getStates().size === members.length),
      ),
    );

    const [first, second, ...others] = members as [Peer, Peer, ...Peer[]];
    const presenceMessages = others.map(() => 0);
    for (const [index, other] of others.entries()) {
      const handle = other.provider.messageHandlers[1];
      other.provider.messageHandlers[1] = (...args) => {
        presenceMessages[index] = (presenceMessages[index] ?? 0) + 1;
        handle?.(...args);
      };
    }
    for (let index = 0; index < 200; index++) {
      first.provider.awareness.setLocalStateField('cursor', { index });
      second.provider.awareness.setLocalStateField('cursor', { index });
    }
    await Promise.all(
      members.flatMap((watcher) =>
        [first, second]
          .filter((sender) => sender !== watcher)
          .map((sender) => untilPresence(watcher, () => cursorOf(watcher, sender)?.index === 199)),
      ),
    );
    // The relay handles each socket's messages in order: once a document write sent after the echoes
    // reaches another member, the relay has counted every echo that member sent before it.
    for (const [index, member] of others.entries()) member.doc.getMap('marks').set(`other ${index}`, true);
    await waitForDoc(first.doc, () => first.doc.getMap('marks').size === others.length);

    expect(closes).toEqual([]);
    // The relay coalesces presence: 400 changes reach each member in far fewer messages, latest state winning.
    for (const count of presenceMessages) expect(count).toBeLessThan(100);
    expect(members.every((member) => member.provider.wsconnected)).toBe(true);
    expect(fixture.relay.counters.rejectedFrames).toBe(0);
  });
});
