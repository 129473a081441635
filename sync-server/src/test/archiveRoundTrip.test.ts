import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocumentContent } from '../archive/readDocumentContent.ts';
import type { SessionArchive } from '../archive/SessionArchive.ts';
import { waitForDoc } from './relayFixture.ts';
import { RELAY_PROCESS_TEST_TIMEOUT_MS, type RelayChild, spawnRelay } from './relayProcess.ts';
import { connectStockClient, postJson, type StockClient } from './stockClient.ts';

interface Created {
  sessionId: string;
  code: string;
  facilitatorKey: string;
  viewerToken: string;
  title: string;
}

interface Joined {
  participantId: string;
  token: string;
}

/** A production's field as a member's editor writes it: a heading, then a paragraph with a bold run and a link. */
function writeField(doc: Y.Doc, field: string, heading: string, body: string) {
  const title = new Y.XmlElement('heading');
  title.setAttribute('level', '1');
  title.insert(0, [new Y.XmlText(heading)]);
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment(`field:${field}`).insert(0, [title, paragraph]);
  text.insert(0, body);
  text.format(0, 4, { bold: true });
  text.format(body.length - 4, 4, { link: { href: 'https://example.org/page' } });
}

describe('the session archive between two relay processes', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  async function relayProcess() {
    const dataDir = mkdtempSync(join(tmpdir(), 'peerloom-archive-'));
    const relay = await spawnRelay(dataDir);
    cleanups.push(() => {
      relay.process.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });
    return relay;
  }

  function client(relay: RelayChild, path: string, params: Record<string, string>): StockClient {
    const connected = connectStockClient(relay.port, path, params);
    cleanups.push(() => connected.provider.destroy());
    return connected;
  }

  it(
    'exports every document without keys, tokens or participant ids, and imports into a second relay with the same content',
    async () => {
      const first = await relayProcess();
      const session = await postJson<Created>(`${first.url}/api/sessions`, { title: 'Archive round trip' });
      const key = { key: session.facilitatorKey };
      const join = (name: string) => postJson<Joined>(`${first.url}/api/join`, { code: session.code, name });
      const ada = await join('Ada');
      const bob = await join('Bob');

      const control = client(first, `${session.sessionId}/control`, key);
      await control.synced;
      control.doc.transact(() => {
        control.doc.getMap('session').set('id', session.sessionId);
        control.doc.getMap('session').set('joinCode', session.code);
        control.doc.getMap('session').set('title', 'Archive round trip');
        control.doc.getMap('groupMembers').set('p1', [ada.participantId]);
        control.doc.getMap('groupMembers').set('p2', [bob.participantId]);
        control.doc.getMap('productions').set('p1', {
          number: 1,
          members: [ada.participantId],
          roles: { leader: ada.participantId },
        });
        control.doc.getMap('templateFields').set('f1', { title: 'Plan', order: 0 });
      });

      const written: { who: Joined; name: string; production: string }[] = [
        { who: ada, name: 'Ada', production: 'p1' },
        { who: bob, name: 'Bob', production: 'p2' },
      ];
      const writerClients: number[] = [];
      for (const { who, name, production } of written) {
        const room = client(first, `${session.sessionId}/room`, { token: who.token });
        const group = client(first, `${session.sessionId}/group/${production}`, { token: who.token });
        await Promise.all([room.synced, group.synced]);
        room.doc.getMap('roster').set(who.participantId, { name, joinedAt: 1 });
        room.doc.getMap('answers').set(`q1/${who.participantId}`, { text: `${name}'s answer`, tags: [] });
        group.doc.getMap('authors').set(String(group.doc.clientID), who.participantId);
        writerClients.push(group.doc.clientID);
        writeField(group.doc, 'f1', `${name}'s plan`, `Step one for ${name}, then more`);
      }

      const paths = ['control', 'room', 'group/p1', 'group/p2'];
      const originals = paths.map((path) => client(first, `${session.sessionId}/${path}`, key));
      await Promise.all(originals.map((reader) => reader.synced));
      const [, originalRoom, originalP1, originalP2] = originals.map((reader) => reader.doc);
      await waitForDoc(originalRoom as Y.Doc, () => (originalRoom as Y.Doc).getMap('roster').size === 2);
      await waitForDoc(
        originalP1 as Y.Doc,
        () => (originalP1 as Y.Doc).getXmlFragment('field:f1').length === 2,
      );
      await waitForDoc(
        originalP2 as Y.Doc,
        () => (originalP2 as Y.Doc).getXmlFragment('field:f1').length === 2,
      );

      const refused = await fetch(`${first.url}/api/sessions/${session.sessionId}/archive`);
      expect(refused.status).toBe(403);
      const response = await fetch(`${first.url}/api/sessions/${session.sessionId}/archive`, {
        headers: { 'x-facilitator-key': session.facilitatorKey },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="peerloom-session-/);
      const text = await response.text();
      for (const secret of [
        session.facilitatorKey,
        session.viewerToken,
        session.sessionId,
        ada.token,
        bob.token,
        ada.participantId,
        bob.participantId,
      ]) {
        expect(text).not.toContain(secret);
      }
      const archive = JSON.parse(text) as SessionArchive;
      expect(archive).toMatchObject({ format: 'peerloom-session-archive', version: 1 });
      expect(archive.session.title).toBe('Archive round trip');
      expect(archive.documents.map((document) => document.path)).toEqual(paths);

      const roster = archive.documents[1]?.content.roster as Record<string, { name: string }>;
      const newId = (name: string) => Object.keys(roster).find((id) => roster[id]?.name === name) ?? '';
      const remapped = (doc: Y.Doc, sessionId: string, code: string) =>
        JSON.parse(
          JSON.stringify(readDocumentContent(doc))
            .replaceAll(ada.participantId, newId('Ada'))
            .replaceAll(bob.participantId, newId('Bob'))
            .replaceAll(session.sessionId, sessionId)
            .replaceAll(`"${session.code}"`, JSON.stringify(code)),
        );
      originals.forEach((reader, index) => {
        expect(archive.documents[index]?.content).toEqual(
          remapped(reader.doc, '{{sessionId}}', '{{joinCode}}'),
        );
      });
      expect(text).not.toContain(`"${session.code}"`);
      expect(archive.documents[0]?.content.groupMembers).toEqual({ p1: [newId('Ada')], p2: [newId('Bob')] });

      const second = await relayProcess();
      const imported = await fetch(`${second.url}/api/sessions/import`, { method: 'POST', body: text });
      expect(imported.status).toBe(201);
      const copy = (await imported.json()) as Created;
      expect(copy.sessionId).not.toBe(session.sessionId);
      expect(copy.facilitatorKey).not.toBe(session.facilitatorKey);
      expect(copy.title).toBe('Archive round trip');

      const readers = paths.map((path) =>
        client(second, `${copy.sessionId}/${path}`, { key: copy.facilitatorKey }),
      );
      await Promise.all(readers.map((reader) => reader.synced));
      readers.forEach((reader, index) => {
        expect(readDocumentContent(reader.doc)).toEqual(
          remapped(originals[index]?.doc ?? new Y.Doc(), copy.sessionId, copy.code),
        );
      });
      expect(readers[0]?.doc.getMap('session').toJSON()).toMatchObject({
        id: copy.sessionId,
        joinCode: copy.code,
      });
      expect(readers[2]?.doc.getXmlFragment('field:f1').toString()).toContain('<bold>Step</bold>');
      // Productions keep their history: the words are still the writers' own Yjs clients, named in `authors`.
      const adaClient = writerClients[0] ?? -1;
      expect(readers[2]?.doc.store.clients.has(adaClient)).toBe(true);
      expect(readers[2]?.doc.getMap('authors').get(String(adaClient))).toBe(newId('Ada'));
    },
    RELAY_PROCESS_TEST_TIMEOUT_MS,
  );
});
