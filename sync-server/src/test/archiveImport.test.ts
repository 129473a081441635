import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type RelayFixture, startRelay } from './relayFixture.ts';

const encoded = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');

function documentWith(root: string, value: string) {
  const doc = new Y.Doc();
  doc.getMap(root).set('value', value);
  return encoded(doc);
}

const validArchive = () => ({
  format: 'peerloom-session-archive',
  version: 1,
  exportedAt: new Date().toISOString(),
  session: { title: 'Imported', language: 'fr', createdAt: new Date().toISOString() },
  documents: [
    { path: 'control', content: {}, update: documentWith('session', 'control') },
    { path: 'room', content: {}, update: documentWith('roster', 'room') },
    { path: 'group/p1', content: {}, update: documentWith('authors', 'group') },
  ],
});

describe('importing a session archive', () => {
  let fixture: RelayFixture;
  beforeEach(async () => {
    // A still clock: the import rate bound (10 at once, then one per 5 s) never refills during the test.
    const clock = Date.now();
    fixture = await startRelay({ maxArchiveBytes: 64 * 1024, now: () => clock });
  });
  afterEach(() => fixture.cleanup());

  const sessionsStored = () => {
    const db = new Database(join(fixture.dataDir, 'peerloom.sqlite'), { readonly: true });
    try {
      const sessions = (db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n;
      const updates = (db.prepare('SELECT COUNT(*) AS n FROM updates').get() as { n: number }).n;
      return { sessions, updates };
    } finally {
      db.close();
    }
  };

  const importBody = async (body: string) => {
    const response = await fetch(`${fixture.relay.url}/api/sessions/import`, { method: 'POST', body });
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  };

  it('refuses a malformed or foreign archive with a clear 400 and stores nothing of it; bounds imports per relay', async () => {
    const broken = validArchive();
    const groupDocument = broken.documents[2];
    if (groupDocument) groupDocument.update = Buffer.from([1, 200, 7, 3, 99, 42]).toString('base64');
    const cases: [unknown, number, RegExp][] = [
      ['{"format": ', 400, /JSON object/],
      [{ ...validArchive(), format: 'something-else' }, 400, /not a Peerloom session archive/],
      [{ ...validArchive(), version: 2 }, 400, /version 2; this Peerloom reads version 1/],
      [{ ...validArchive(), session: { title: '' } }, 400, /title/],
      [{ ...validArchive(), documents: validArchive().documents.slice(1) }, 400, /no "control" document/],
      [
        { ...validArchive(), documents: [...validArchive().documents, validArchive().documents[0]] },
        400,
        /"control" appears twice/,
      ],
      [
        { ...validArchive(), documents: [{ path: '../etc', update: '' }, ...validArchive().documents] },
        400,
        /valid "path"/,
      ],
      [broken, 400, /"group\/p1": its Yjs update cannot be read/],
      [{ ...validArchive(), padding: 'x'.repeat(70 * 1024) }, 413, /too large/],
    ];
    for (const [body, status, message] of cases) {
      const reply = await importBody(typeof body === 'string' ? body : JSON.stringify(body));
      expect({ status: reply.status, message: reply.body.message }).toEqual({
        status,
        message: expect.stringMatching(message),
      });
    }
    expect(sessionsStored()).toEqual({ sessions: 0, updates: 0 });

    const imported = await importBody(JSON.stringify(validArchive()));
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ title: 'Imported', language: 'fr' });
    expect(sessionsStored()).toEqual({ sessions: 1, updates: 3 });
    const group = fixture.connect(`${imported.body.sessionId}/group/p1`, {
      key: imported.body.facilitatorKey ?? '',
    });
    await group.synced;
    expect(group.doc.getMap('authors').get('value')).toBe('group');

    const eleventh = await fetch(`${fixture.relay.url}/api/sessions/import`, {
      method: 'POST',
      body: JSON.stringify(validArchive()),
    });
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get('retry-after')).toBe('5');
  });
});
