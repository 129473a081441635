import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../observability/createLogger.ts';
import { listenForAcks } from './ackListener.ts';
import { type RelayFixture, startRelay, waitForDoc } from './relayFixture.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}

describe('durable writes on the storage writer thread (real relay, real SQLite file)', () => {
  let fixture: RelayFixture;
  afterEach(() => fixture.cleanup());

  async function setup(options: Parameters<typeof startRelay>[0] = {}) {
    fixture = await startRelay({
      socketLimits: { messagesPerSecond: 10_000, messageBurst: 10_000 },
      ...options,
    });
    const session = (await fixture.post<Created>('/api/sessions', { title: 'Durable', language: 'en' })).body;
    const member = async (name: string) => {
      const { token, participantId } = (
        await fixture.post<{ token: string; participantId: string }>('/api/join', {
          code: session.code,
          name,
        })
      ).body;
      const peer = fixture.connect(`${session.sessionId}/room`, { token, ack: '1' });
      const acks = listenForAcks(peer.provider);
      await peer.synced;
      return { ...peer, acks, token, participantId };
    };
    // The facilitator may write anything in room (participants only their own keys): a text of 1600 updates.
    const facilitator = async () => {
      const peer = fixture.connect(`${session.sessionId}/room`, { key: session.facilitatorKey, ack: '1' });
      const acks = listenForAcks(peer.provider);
      await peer.synced;
      return { ...peer, acks, token: session.facilitatorKey };
    };
    const storedRows = () => {
      const reader = new Database(join(fixture.dataDir, 'peerloom.sqlite'), { readonly: true });
      const { count } = reader
        .prepare('SELECT count(*) AS count FROM updates WHERE doc = ?')
        .get(`${session.sessionId}/room`) as { count: number };
      reader.close();
      return count;
    };
    return { session, member, facilitator, storedRows };
  }

  it('acknowledges a write and gives it to other devices only once SQLite committed it', async () => {
    const { session, member, storedRows } = await setup({ maxDurableWaitMs: 60_000 });
    const ada = await member('Ada');
    const bob = await member('Bob');
    const blocker = new Database(join(fixture.dataDir, 'peerloom.sqlite'));
    blocker.exec('BEGIN IMMEDIATE');
    const answers = ada.doc.getMap<string>('answers');
    answers.set(`first/${ada.participantId}`, 'held by the lock');
    answers.set(`second/${ada.participantId}`, 'held too');
    expect((await fetch(`${fixture.relay.url}/healthz`)).status).toBe(200);
    // An acknowledgement (or a forward) that must not come has no event to await: leave it the time it would need.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(ada.acks.durable.get(ada.doc.clientID)).toBeUndefined();
    expect(bob.doc.getMap('answers').size).toBe(0);
    // A device that connects meanwhile is not given the uncommitted writes either.
    const late = fixture.connect(`${session.sessionId}/room`, { token: bob.token });
    let lateSynced = false;
    void late.synced.then(() => {
      lateSynced = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(lateSynced).toBe(false);
    expect(storedRows()).toBe(0);

    blocker.exec('COMMIT');
    blocker.close();
    await ada.acks.until(ada.doc.clientID, 2);
    await waitForDoc(bob.doc, () => bob.doc.getMap('answers').has(`second/${ada.participantId}`));
    await late.synced;
    expect(late.doc.getMap('answers').toJSON()).toEqual(bob.doc.getMap('answers').toJSON());
    expect(storedRows()).toBeGreaterThanOrEqual(1);
  });

  it('gives a write to other devices anyway when the commit stalls past maxDurableWaitMs, and still acknowledges only once durable', async () => {
    const lines: string[] = [];
    const { member, storedRows } = await setup({
      maxDurableWaitMs: 50,
      logger: createLogger('warn', { write: (line: string) => void lines.push(line) }),
    });
    const ada = await member('Ada');
    const bob = await member('Bob');
    const blocker = new Database(join(fixture.dataDir, 'peerloom.sqlite'));
    blocker.exec('BEGIN IMMEDIATE');
    ada.doc.getMap<string>('answers').set(`first/${ada.participantId}`, 'held by the lock');
    await waitForDoc(bob.doc, () => bob.doc.getMap('answers').has(`first/${ada.participantId}`));
    expect(ada.acks.durable.get(ada.doc.clientID)).toBeUndefined();
    expect(storedRows()).toBe(0);
    expect(fixture.relay.counters.forwardedBeforeDurable).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes('"event":"storage_slow"'))).toBe(true);

    blocker.exec('COMMIT');
    blocker.close();
    await ada.acks.until(ada.doc.clientID, 1);
    expect(storedRows()).toBe(1);
  });

  it('keeps every acknowledged update, compacted by the writer thread, across a relay restart', async () => {
    const { session, facilitator, storedRows } = await setup();
    const ada = await facilitator();
    const text = ada.doc.getText('notes');
    // compactAfterUpdates is 500: a document compacts after 1000 to 1500 updates.
    for (let index = 0; index < 1600; index++)
      text.insert(text.length, String.fromCharCode(97 + (index % 26)));
    await ada.acks.until(ada.doc.clientID, 1600);
    expect(storedRows()).toBeLessThan(1600);

    await fixture.restart();
    const reader = fixture.connect(`${session.sessionId}/room`, { key: ada.token });
    await reader.synced;
    expect(reader.doc.getText('notes').toString()).toBe(text.toString());
  });

  it('logs a writer thread that dies, commits later writes on a new thread, and loses nothing acknowledged', async () => {
    const lines: string[] = [];
    const { session, member } = await setup({
      logger: createLogger('error', { write: (line: string) => void lines.push(line) }),
    });
    const ada = await member('Ada');
    const answers = ada.doc.getMap<number>('answers');
    answers.set(`before/${ada.participantId}`, 1);
    await ada.acks.until(ada.doc.clientID, 1);
    await fixture.relay.writer?.thread?.terminate();
    expect(lines.some((line) => line.includes('"event":"storage_writer_stopped"'))).toBe(true);

    answers.set(`after/${ada.participantId}`, 2);
    await ada.acks.until(ada.doc.clientID, 2);
    await fixture.restart();
    const reader = fixture.connect(`${session.sessionId}/room`, { token: ada.token });
    await reader.synced;
    expect(reader.doc.getMap('answers').toJSON()).toEqual({
      [`before/${ada.participantId}`]: 1,
      [`after/${ada.participantId}`]: 2,
    });
  });
});
