import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
  viewerToken: string;
}
interface Joined {
  sessionId: string;
  participantId: string;
  token: string;
}

describe('relay with real clients and a real SQLite file', () => {
  let fixture: RelayFixture;
  let session: Created;

  beforeEach(async () => {
    fixture = await startRelay();
    session = (await fixture.post<Created>('/api/sessions', { title: 'Climate week', language: 'en' })).body;
  });
  afterEach(() => fixture.cleanup());

  const join = async (name: string, token?: string) =>
    (await fixture.post<Joined>('/api/join', { code: session.code.toLowerCase(), name, token })).body;

  it('relays room edits between participants and keeps them across a restart', async () => {
    const ada = await join('Ada');
    const bob = await join('Bob');
    const adaPeer = fixture.connect(`${session.sessionId}/room`, { token: ada.token });
    const bobPeer = fixture.connect(`${session.sessionId}/room`, { token: bob.token });
    await Promise.all([adaPeer.synced, bobPeer.synced]);

    const key = `q1/${ada.participantId}`;
    adaPeer.doc.getMap('answers').set(key, 'Solar panels on schools');
    await waitForDoc(bobPeer.doc, () => bobPeer.doc.getMap('answers').get(key) !== undefined);
    expect(bobPeer.doc.getMap('answers').get(key)).toBe('Solar panels on schools');

    await fixture.restart();
    const late = fixture.connect(`${session.sessionId}/room`, { token: (await join('Cy')).token });
    await late.synced;
    expect(late.doc.getMap('answers').toJSON()).toEqual({ [key]: 'Solar panels on schools' });
  });

  it('gives each device that arrives with nothing the document as it is at that moment', async () => {
    const writer = fixture.connect(`${session.sessionId}/control`, { key: session.facilitatorKey });
    await writer.synced;
    const questions = writer.doc.getMap('questions');
    const arrivals: Record<string, unknown>[] = [];
    for (const question of ['first', 'second', 'third']) {
      questions.set(question, question);
      // Two devices after each change: the second gets the whole state the first one's request encoded.
      for (const name of ['Early', 'Late']) {
        const reader = fixture.connect(`${session.sessionId}/control`, { token: (await join(name)).token });
        await reader.synced;
        await waitForDoc(reader.doc, () => reader.doc.getMap('questions').size === questions.size);
        arrivals.push(reader.doc.getMap('questions').toJSON());
      }
    }
    expect(arrivals.map((arrival) => Object.values(arrival).sort())).toEqual([
      ['first'],
      ['first'],
      ['first', 'second'],
      ['first', 'second'],
      ['first', 'second', 'third'],
      ['first', 'second', 'third'],
    ]);
  });

  it('drops participant writes to the control document and keeps facilitator writes', async () => {
    const facilitator = fixture.connect(`${session.sessionId}/control`, { key: session.facilitatorKey });
    const intruder = fixture.connect(`${session.sessionId}/control`, { token: (await join('Eve')).token });
    await Promise.all([facilitator.synced, intruder.synced]);
    // Syncing an empty copy writes nothing: a reader is no intruder until it changes something.
    expect(fixture.relay.counters.droppedWrites).toBe(0);

    intruder.doc.getMap('session').set('phase', 'hijacked');
    facilitator.doc.getMap('session').set('title', 'Climate week');
    await waitForDoc(intruder.doc, () => intruder.doc.getMap('session').get('title') === 'Climate week');
    expect(facilitator.doc.getMap('session').get('phase')).toBeUndefined();
    expect(fixture.relay.counters.droppedWrites).toBeGreaterThan(0);

    const observer = fixture.connect(`${session.sessionId}/control`, { token: session.viewerToken });
    await observer.synced;
    expect(observer.doc.getMap('session').toJSON()).toEqual({ title: 'Climate week' });
  });

  it('closes sockets with a 44xx code for a bad token or key, so clients stop retrying', async () => {
    const forged = fixture.connect(`${session.sessionId}/room`, { token: 'abc.def' });
    const wrongKey = fixture.connect(`${session.sessionId}/control`, { key: 'not-the-key' });
    expect((await forged.closed).code).toBe(4401);
    expect((await wrongKey.closed).code).toBe(4403);
    expect(forged.provider.shouldConnect).toBe(false);
  });

  it('gives a returning device its own participant id back', async () => {
    const first = await join('Ada');
    const again = await join('', first.token);
    expect(again.participantId).toBe(first.participantId);
    const other = await join('Ada');
    expect(other.participantId).not.toBe(first.participantId);
  });

  it('answers bad join input with clear errors', async () => {
    expect(await fixture.post('/api/join', { code: 'ZZZZZZ', name: 'Ada' })).toMatchObject({
      status: 404,
      body: { error: 'unknown_code' },
    });
    expect(await fixture.post('/api/join', { code: 'O0I1', name: 'Ada' })).toMatchObject({
      status: 400,
      body: { error: 'invalid_code' },
    });
    expect(await fixture.post('/api/join', { code: session.code, name: '   ' })).toMatchObject({
      status: 400,
      body: { error: 'name_required' },
    });
    const closed = await fetch(`${fixture.relay.url}/api/sessions/${session.sessionId}/close`, {
      method: 'POST',
      headers: { 'x-facilitator-key': session.facilitatorKey },
    });
    expect(closed.status).toBe(200);
    expect(await fixture.post('/api/join', { code: session.code, name: 'Ada' })).toMatchObject({
      status: 410,
      body: { error: 'session_closed' },
    });
  });
});
