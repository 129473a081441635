import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SESSION_FEEDBACK } from '@peerloom/protocol';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FEEDBACK_KEY_FILE } from '../feedback/feedbackSecret.ts';
import { type FeedbackSession, startFeedbackSession } from './feedbackFixture.ts';
import { waitForDoc } from './relayFixture.ts';

const PEOPLE = ['Amandine Quesnel', 'Bartholomew Yates', 'Cordelia Ngata', 'Desmond Okafor'];
const TEXTS = ['zephyr-answer-one', 'zephyr-answer-two', 'zephyr-answer-three', 'zephyr-answer-four'];

/** Every string a row or a document could hold, for a search: text columns as they are, blobs as UTF-8. */
const rowText = (row: Record<string, unknown>) =>
  Object.values(row)
    .map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value)))
    .join('\u0000');

/** Every client id and every string in a document's stored updates, decoded. */
function decodeDocument(updates: Uint8Array[]) {
  const merged = Y.mergeUpdates(updates);
  const { structs } = Y.decodeUpdate(merged);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, merged);
  const roots: Record<string, unknown> = {};
  for (const name of doc.share.keys()) roots[name] = doc.getMap(name).toJSON();
  return { clients: new Set(structs.map((struct) => struct.id.client)), json: JSON.stringify(roots), doc };
}

describe('anonymous session feedback (step 6B)', () => {
  let session: FeedbackSession;

  beforeEach(async () => {
    session = await startFeedbackSession();
  });
  afterEach(() => session.fixture.cleanup());

  it('stores no participant id, name, address or Yjs client id with an answer, and shows nothing before 3', async () => {
    const { fixture, sessionId } = session;
    const people = [];
    for (const name of PEOPLE) {
      const joined = await session.join(name);
      // Each person is in the session's documents too, with their own Yjs client, as in the app.
      const room = fixture.connect(`${sessionId}/room`, { token: joined.token });
      await room.synced;
      room.doc.getMap('roster').set(joined.participantId, { name, joinedAt: 1, profile: {} });
      people.push({ ...joined, name, room });
    }
    const facilitatorView = fixture.connect(`${sessionId}/feedback`, { key: session.facilitatorKey });
    await facilitatorView.synced;
    const entries = () => facilitatorView.doc.getMap(SESSION_FEEDBACK.entriesMap);
    const database = new Database(join(fixture.dataDir, 'peerloom.sqlite'), { readonly: true });
    const storedFeedbackRows = () =>
      (
        database
          .prepare('SELECT COUNT(*) AS count FROM updates WHERE doc = ?')
          .get(`${sessionId}/feedback`) as {
          count: number;
        }
      ).count;

    for (const [index, person] of people.slice(0, 2).entries()) {
      const sent = await session.submit({
        token: person.token,
        formId: 'f1',
        rating: index + 2,
        text: TEXTS[index],
      });
      expect(sent).toEqual({ status: 200, body: { accepted: true } });
    }
    // Two answers: nothing in the document, live or stored.
    expect(entries().size).toBe(0);
    expect(storedFeedbackRows()).toBe(0);

    for (const [index, person] of people.slice(2).entries()) {
      const sent = await session.submit({
        token: person.token,
        formId: 'f1',
        rating: 5,
        text: TEXTS[index + 2],
      });
      expect(sent.status).toBe(200);
    }
    await waitForDoc(facilitatorView.doc, () => entries().size === 3);
    // The fourth waits for two more: still three, all of batch 1, with nothing but the form, batch and answer.
    expect(entries().size).toBe(3);
    for (const value of entries().values()) {
      expect(Object.keys(value as object).sort()).toEqual(['batch', 'formId', 'rating', 'text']);
      expect((value as { batch: number }).batch).toBe(1);
    }
    database.close();
    const participantClients = new Set(people.map((person) => person.room.doc.clientID));
    const identities = people.flatMap((person) => [person.participantId, person.name, person.token]);
    identities.push('127.0.0.1', '::1');
    const secret = readFileSync(join(fixture.dataDir, FEEDBACK_KEY_FILE), 'utf8').trim();
    await fixture.relay.close();

    // Every row of every table of the relay's SQLite file.
    const db = new Database(join(fixture.dataDir, 'peerloom.sqlite'), { readonly: true });
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(['feedback_answered', 'feedback_queue', 'updates']));
    const holdsAnswer = (text: string) => TEXTS.some((answer) => text.includes(answer));
    let rowsWithAnswers = 0;
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        const text = rowText(row);
        // The hashes' key is kept apart from the answers: in no row at all.
        expect(text).not.toContain(secret);
        if (!holdsAnswer(text)) continue;
        rowsWithAnswers++;
        for (const identity of identities) expect(text, `${table} row`).not.toContain(identity);
      }
    }
    expect(rowsWithAnswers).toBeGreaterThan(0);
    // The queue holds the fourth answer alone; the hash table no participant id, even hashed without the key.
    expect(
      (db.prepare('SELECT text FROM feedback_queue').all() as { text: string }[]).map((row) => row.text),
    ).toEqual([TEXTS[3]]);
    const hashes = db.prepare('SELECT * FROM feedback_answered').all() as Record<string, unknown>[];
    expect(hashes).toHaveLength(4);
    for (const row of hashes) expect(Object.keys(row)).toEqual(['hash']);

    // Every document of the session, decoded: answers only in `feedback`, written by no participant's client.
    const documents = (
      db.prepare('SELECT DISTINCT doc FROM updates WHERE doc LIKE ?').all(`${sessionId}/%`) as {
        doc: string;
      }[]
    ).map((row) => row.doc);
    expect(documents).toEqual(expect.arrayContaining([`${sessionId}/feedback`, `${sessionId}/room`]));
    for (const name of documents) {
      const updates = (
        db.prepare('SELECT data FROM updates WHERE doc = ? ORDER BY id').all(name) as { data: Buffer }[]
      ).map((row) => new Uint8Array(row.data));
      const decoded = decodeDocument(updates);
      if (name !== `${sessionId}/feedback`) {
        expect(holdsAnswer(decoded.json), name).toBe(false);
        continue;
      }
      for (const client of decoded.clients) expect(participantClients.has(client)).toBe(false);
      for (const identity of identities) expect(decoded.json).not.toContain(identity);
      expect(decoded.doc.getMap(SESSION_FEEDBACK.entriesMap).size).toBe(3);
    }
    const owners = db.prepare('SELECT * FROM client_owners WHERE doc = ?').all(`${sessionId}/feedback`);
    expect(owners).toEqual([]);
    db.close();

    // The relay's log, every line.
    expect(session.logLines.length).toBeGreaterThan(0);
    for (const line of session.logLines) {
      expect(holdsAnswer(line)).toBe(false);
      if (line.includes('feedback')) {
        for (const identity of identities.slice(0, -2)) expect(line).not.toContain(identity);
      }
    }
    expect(session.logLines.some((line) => line.includes('"feedback_released"'))).toBe(true);
  });
});
