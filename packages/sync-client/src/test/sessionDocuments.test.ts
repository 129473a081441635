import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createRelay, type Relay } from '@peerloom/sync-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { summarizeStatuses } from '../DocumentStatus.ts';
import { openSessionDocuments, type SessionAuth, type SessionDocuments } from '../openSessionDocuments.ts';

const WebSocketImpl = WebSocket as unknown as typeof globalThis.WebSocket;

function until(documents: SessionDocuments, predicate: () => boolean, timeoutMs = 8000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      off();
      resolve();
    };
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out; status ${JSON.stringify(documents.getStatus())}`));
    }, timeoutMs);
    const off = documents.subscribe(check);
    documents.control.on('update', check);
    documents.room.on('update', check);
    check();
  });
}

describe('session documents against a real relay', () => {
  let relay: Relay;
  let dataDir: string;
  let session: { sessionId: string; code: string; facilitatorKey: string };
  const opened: SessionDocuments[] = [];

  const start = (port = 0) =>
    createRelay({ dataDir, port, host: '127.0.0.1', logger: createLogger('silent') });
  const open = (auth: SessionAuth, persist = true, port = relay.port) => {
    const documents = openSessionDocuments({
      serverUrl: `ws://127.0.0.1:${port}/sync`,
      sessionId: session.sessionId,
      auth,
      persist,
      WebSocketImpl,
    });
    opened.push(documents);
    return documents;
  };
  const joinWithId = async (name: string) => {
    const response = await fetch(`${relay.url}/api/join`, {
      method: 'POST',
      body: JSON.stringify({ code: session.code, name }),
    });
    return (await response.json()) as { token: string; participantId: string };
  };
  const joinAs = async (name: string) => (await joinWithId(name)).token;
  const online = (documents: SessionDocuments) =>
    until(documents, () => summarizeStatuses(Object.values(documents.getStatus())) === 'online');

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'peerloom-sync-client-'));
    relay = await start();
    const response = await fetch(`${relay.url}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ title: 'T' }),
    });
    session = (await response.json()) as typeof session;
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((documents) => documents.destroy()));
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports online, then offline while the relay is down, and delivers offline edits after it returns', async () => {
    const adaJoined = await joinWithId('Ada');
    // A participant writes only under its own id in room (the relay refuses anything else).
    const adaKey = `q/${adaJoined.participantId}`;
    const ada = open({ token: adaJoined.token });
    const bob = open({ token: await joinAs('Bob') }, false);
    await Promise.all([online(ada), online(bob)]);

    const port = relay.port;
    await relay.close();
    await until(ada, () => ada.getStatus().room.connection === 'offline');
    expect(summarizeStatuses(Object.values(ada.getStatus()))).toBe('offline');
    ada.room.getMap('answers').set(adaKey, 'written offline');

    relay = await start(port);
    await until(bob, () => bob.room.getMap('answers').get(adaKey) === 'written offline');
    await online(ada);
  });

  it('shows the facilitator which participants are connected, and drops one when their device goes', async () => {
    const facilitator = open({ key: session.facilitatorKey }, false);
    const ada = open({ token: await joinAs('Ada') }, false);
    const bob = open({ token: await joinAs('Bob') }, false);
    await Promise.all([online(facilitator), online(ada), online(bob)]);
    const adaId = 'ada-id';
    ada.announceParticipant(adaId);
    bob.announceParticipant('bob-id');
    const seen = (predicate: (ids: ReadonlySet<string>) => boolean) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('presence never arrived')), 8000);
        const check = () => {
          if (!predicate(facilitator.getOnlineParticipants())) return;
          clearTimeout(timer);
          off();
          resolve();
        };
        const off = facilitator.subscribeOnline(check);
        check();
      });
    await seen((ids) => ids.has(adaId) && ids.has('bob-id'));
    expect(facilitator.getOnlineParticipants()).toBe(facilitator.getOnlineParticipants());
    await bob.destroy();
    await seen((ids) => ids.has(adaId) && !ids.has('bob-id'));
  });

  it('counts changes as pending until the relay acknowledges them as durable', async () => {
    const adaJoined = await joinWithId('Ada');
    const adaKey = `q/${adaJoined.participantId}`;
    const ada = open({ token: adaJoined.token }, false);
    await online(ada);
    expect(ada.getStatus().room.pending).toBe(0);

    const port = relay.port;
    await relay.close();
    await until(ada, () => ada.getStatus().room.connection === 'offline');
    const answers = ada.room.getMap('answers');
    answers.set(adaKey, 'one');
    answers.set(adaKey, 'two');
    expect(ada.getStatus().room.pending).toBe(2);

    relay = await start(port);
    await until(ada, () => ada.getStatus().room.pending === 0 && ada.getStatus().room.synced);
    answers.set(adaKey, 'three');
    expect(ada.getStatus().room.pending).toBe(1);
    await until(ada, () => ada.getStatus().room.pending === 0);
  });

  it('keeps a copy on the device that opens without the relay', async () => {
    const facilitator = open({ key: session.facilitatorKey });
    await online(facilitator);
    facilitator.control.getMap('session').set('title', 'Kept locally');
    await until(facilitator, () => facilitator.getStatus().control.pending === 0);
    await facilitator.destroy();

    const port = relay.port;
    await relay.close();
    const reopened = open({ key: session.facilitatorKey }, true, port);
    await reopened.loadedLocally;
    expect(reopened.control.getMap('session').get('title')).toBe('Kept locally');
    expect(reopened.getStatus().control.loadedLocally).toBe(true);
    await until(reopened, () => reopened.getStatus().control.connection === 'offline');
    expect(reopened.getStatus().control.pending).toBe(0);
    reopened.control.getMap('session').set('title', 'Edited offline');
    expect(reopened.getStatus().control.pending).toBe(1);
    relay = await start(port);
    await online(reopened);
    await until(reopened, () => reopened.getStatus().control.pending === 0);
  });

  it('does not merge a local copy of a session the relay no longer has into anything', async () => {
    const facilitator = open({ key: session.facilitatorKey });
    await online(facilitator);
    facilitator.room.getMap('answers').set('old', 'from a deleted session');
    await until(facilitator, () => facilitator.getStatus().room.pending === 0);
    await facilitator.destroy();

    const port = relay.port;
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
    relay = await start(port);
    const stale = open({ key: session.facilitatorKey }, true, port);
    await stale.loadedLocally;
    await until(stale, () => stale.getStatus().room.connection === 'refused');
    expect(stale.getStatus().room.refusal?.code).toBe(4404);

    const created = await fetch(`${relay.url}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ title: 'New' }),
    });
    const fresh = (await created.json()) as typeof session;
    const newcomer = openSessionDocuments({
      serverUrl: `ws://127.0.0.1:${port}/sync`,
      sessionId: fresh.sessionId,
      auth: { key: fresh.facilitatorKey },
      persist: false,
      WebSocketImpl,
    });
    opened.push(newcomer);
    await online(newcomer);
    expect(newcomer.room.getMap('answers').size).toBe(0);
  });

  it('reports a refused connection and stops retrying on a bad token', async () => {
    const stranger = open({ token: 'forged.token' }, false);
    await until(stranger, () => stranger.getStatus().room.connection === 'refused');
    expect(stranger.getStatus().room.refusal?.code).toBe(4401);
    expect(summarizeStatuses(Object.values(stranger.getStatus()))).toBe('refused');
  });
});
