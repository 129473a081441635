import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeHubFrame } from '../rooms/acceptHubSocket.ts';
import { CloseCode, MessageType } from '../rooms/protocol.ts';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
  viewerToken: string;
}

interface ReadLink {
  active: boolean;
  token?: string;
  path?: string;
}

const waitFor = async (predicate: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const syncMessage = (write: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

describe('the session page read link', () => {
  let fixture: RelayFixture;
  let session: Created;

  beforeEach(async () => {
    fixture = await startRelay();
    session = (await fixture.post<Created>('/api/sessions', { title: 'Shared page' })).body;
  });
  afterEach(() => fixture.cleanup());

  const readLink = async (method: 'GET' | 'POST' | 'DELETE', key = session.facilitatorKey) => {
    const response = await fetch(`${fixture.relay.url}/api/sessions/${session.sessionId}/read-link`, {
      method,
      headers: { 'x-facilitator-key': key },
    });
    return { status: response.status, body: (await response.json()) as ReadLink };
  };

  it('is created by the facilitator only, reads every document and writes to none: a write closes the socket, or that document on a hub, with 4403', async () => {
    expect((await readLink('POST', 'not-the-key')).status).toBe(403);
    const shared = await readLink('POST');
    expect(shared.status).toBe(200);
    const token = shared.body.token ?? '';
    expect(shared.body.path).toBe(`/g/${session.sessionId}#read=${token}`);

    const key = { key: session.facilitatorKey };
    const control = fixture.connect(`${session.sessionId}/control`, key);
    const group = fixture.connect(`${session.sessionId}/group/p1`, key);
    await Promise.all([control.synced, group.synced]);
    control.doc.getMap('groupMembers').set('p1', ['someone']);
    group.doc.getXmlFragment('field:f1').insert(0, [new Y.XmlText('written by the group')]);

    const paths = ['control', 'room', 'group/p1'];
    const viewers = paths.map((path) => fixture.connect(`${session.sessionId}/${path}`, { token }));
    await Promise.all(viewers.map((viewer) => viewer.synced));
    const viewerGroup = viewers[2]?.doc ?? new Y.Doc();
    await waitForDoc(viewerGroup, () => viewerGroup.getXmlFragment('field:f1').length === 1);

    const member = fixture.connect(`${session.sessionId}/group/p1`, key);
    await member.synced;
    // The presence goes first on each socket: once the write after it is refused, the relay has handled it.
    viewers[2]?.provider.awareness.setLocalStateField('user', { name: 'Fake caret' });
    for (const viewer of viewers) viewer.doc.getMap('intrusion').set('by', 'read link');
    for (const viewer of viewers) expect((await viewer.closed).code).toBe(CloseCode.forbidden);
    group.provider.awareness.setLocalStateField('user', { name: 'Facilitator' });
    const names = () =>
      [...member.provider.awareness.getStates().values()].map(
        (state) => (state as { user?: { name: string } }).user?.name,
      );
    await waitFor(() => names().includes('Facilitator'));
    expect(names()).not.toContain('Fake caret');

    const hub = new WebSocket(
      `ws://127.0.0.1:${fixture.relay.port}/sync/${session.sessionId}/hub?token=${token}`,
    );
    hub.on('error', () => {});
    const refusals: string[] = [];
    hub.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const path = decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== MessageType.documentRefused) return;
      refusals.push(`${path} ${decoding.readVarUint(decoder)}`);
    });
    await new Promise((resolve) => hub.once('open', resolve));
    for (const path of paths) {
      const doc = new Y.Doc();
      hub.send(
        encodeHubFrame(
          path,
          syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, doc)),
        ),
      );
      doc.getMap('intrusion').set('by', 'read link hub');
      hub.send(
        encodeHubFrame(
          path,
          syncMessage((encoder) => syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc))),
        ),
      );
    }
    await waitFor(() => refusals.length === paths.length);
    expect(refusals).toEqual(paths.map((path) => `${path} ${CloseCode.forbidden}`));
    expect(fixture.relay.counters.refusedWrites).toBe(6);
    expect(hub.readyState).toBe(WebSocket.OPEN);
    hub.close();

    const fresh = paths.map((path) => fixture.connect(`${session.sessionId}/${path}`, key));
    await Promise.all(fresh.map((peer) => peer.synced));
    for (const peer of fresh) expect(peer.doc.getMap('intrusion').size).toBe(0);
    expect(fresh[0]?.doc.getMap('groupMembers').get('p1')).toEqual(['someone']);
  });

  it('once revoked, closes open read-link sockets with 4410 and refuses the link; sharing again gives a new link', async () => {
    const first = (await readLink('POST')).body.token ?? '';
    // Asked for again (another facilitator device, a reload), the shared link is the same link.
    expect((await readLink('POST')).body.token).toBe(first);
    expect((await readLink('GET')).body.token).toBe(first);
    const viewer = fixture.connect(`${session.sessionId}/room`, { token: first });
    const projector = fixture.connect(`${session.sessionId}/room`, { token: session.viewerToken });
    await Promise.all([viewer.synced, projector.synced]);

    expect((await readLink('DELETE', 'not-the-key')).status).toBe(403);
    expect((await readLink('DELETE')).body).toEqual({ active: false });
    expect((await viewer.closed).code).toBe(4410);
    expect((await readLink('GET')).body).toEqual({ active: false });
    const again = fixture.connect(`${session.sessionId}/control`, { token: first });
    expect((await again.closed).code).toBe(4410);

    const second = (await readLink('POST')).body.token ?? '';
    expect(second).not.toBe(first);
    const renewed = fixture.connect(`${session.sessionId}/control`, { token: second });
    await renewed.synced;
    expect((await readLink('GET')).body.active).toBe(true);
    const stale = fixture.connect(`${session.sessionId}/control`, { token: first });
    expect((await stale.closed).code).toBe(4410);
    expect(projector.provider.wsconnected).toBe(true);
  });
});
