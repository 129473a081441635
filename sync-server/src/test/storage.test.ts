import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRelayCounters } from '../rooms/RelayCounters.ts';
import { RoomRegistry } from '../rooms/RoomRegistry.ts';
import { CommitQueue } from '../storage/CommitQueue.ts';
import { openStorage, type Storage } from '../storage/openStorage.ts';
import { StorageWriter } from '../storage/StorageWriter.ts';

describe('storage: group commit, compaction, unloading', () => {
  let dataDir: string;
  let storage: Storage;
  let writer: StorageWriter;
  const commitSizes: number[] = [];
  const commitWaiters: (() => void)[] = [];
  const nextCommit = () => new Promise<void>((resolve) => commitWaiters.push(resolve));
  afterEach(async () => {
    await writer.close();
    storage.close();
    commitSizes.length = 0;
    commitWaiters.length = 0;
    rmSync(dataDir, { recursive: true, force: true });
  });

  function setup(compactAfterUpdates: number, idleUnloadMs = 60_000) {
    dataDir = mkdtempSync(join(tmpdir(), 'peerloom-storage-'));
    storage = openStorage(dataDir);
    writer = new StorageWriter(storage.file);
    const commits = new CommitQueue(writer, {
      maxDelayMs: 10,
      maxBatchBytes: 1 << 20,
      onCommit: ({ writes }) => {
        commitSizes.push(writes);
        for (const resolve of commitWaiters.splice(0)) resolve();
      },
    });
    const registry = new RoomRegistry({
      documents: {
        load: async (docName) => ({
          updates: storage.loadUpdates(docName),
          owners: storage.loadClientOwners(docName),
        }),
        commit: (writes) => writer.commit(writes),
        listDocuments: async (sessionId) => storage.listDocuments(sessionId),
      },
      commits,
      counters: createRelayCounters(),
      idleUnloadMs,
      maxDocumentsPerSession: 8,
      maxSessions: 2,
      maxAwarenessClientsPerConnection: 4,
      compactAfterUpdates,
    });
    return { commits, registry };
  }
  const address = (sessionId: string, kind: 'room' | 'control' = 'room') => ({
    sessionId,
    kind,
    groupId: null,
    name: `${sessionId}/${kind}`,
  });

  it('compacts the update log into a checkpoint with an identical state', async () => {
    const { commits, registry } = setup(20);
    const opened = await registry.open(address('s1'));
    if (!opened.ok) throw new Error('not opened');
    const doc = opened.room.doc;
    const text = doc.getText('notes');
    const map = doc.getMap('answers');
    for (let index = 0; index < 60; index++) {
      text.insert(text.length, `line ${index}\n`);
      map.set(`k${index % 7}`, index);
      if (index % 5 === 0) text.delete(0, 3);
    }
    await commits.flush();
    const rows = storage.loadUpdates('s1/room');
    expect(rows.length).toBeLessThan(60 * 2);
    const reloaded = new Y.Doc();
    for (const update of rows) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText('notes').toString()).toBe(text.toString());
    expect(reloaded.getMap('answers').toJSON()).toEqual(map.toJSON());
    expect(Y.encodeStateVector(reloaded)).toEqual(Y.encodeStateVector(doc));
  });

  it('commits updates of several documents in one transaction within the delay, then unloads idle documents', async () => {
    const { commits, registry } = setup(500, 20);
    const room = await registry.open(address('s1'));
    const control = await registry.open(address('s1', 'control'));
    if (!room.ok || !control.ok) throw new Error('not opened');
    const committed = nextCommit();
    room.room.doc.getMap('m').set('a', 1);
    control.room.doc.getMap('m').set('b', 2);
    expect(commits.size).toBe(2);
    expect(storage.loadUpdates('s1/room')).toHaveLength(0);
    await committed;
    expect(commitSizes).toEqual([2]);
    expect(commits.size).toBe(0);
    expect(storage.loadUpdates('s1/room')).toHaveLength(1);
    expect(storage.loadUpdates('s1/control')).toHaveLength(1);

    const unloaded = [room.room.doc, control.room.doc].map(
      (doc) => new Promise((resolve) => doc.once('destroy', resolve)),
    );
    registry.release(room.room);
    registry.release(control.room);
    await Promise.all(unloaded);
    expect(registry.size).toBe(0);
    const again = await registry.open(address('s1'));
    if (!again.ok) throw new Error('not reopened');
    expect(again.room.doc.getMap('m').get('a')).toBe(1);
  });

  it('bounds sessions per process and group documents per session, and always opens control and room', async () => {
    const { registry } = setup(500);
    expect((await registry.open(address('s1'))).ok).toBe(true);
    expect((await registry.open(address('s2'))).ok).toBe(true);
    expect(await registry.open(address('s3'))).toEqual({ ok: false, reason: 'too-many-sessions' });
    const group = (groupId: string) => ({
      sessionId: 's2',
      kind: 'group' as const,
      groupId,
      name: `s2/group/${groupId}`,
    });
    for (let index = 0; index < 8; index++) expect((await registry.open(group(`g${index}`))).ok).toBe(true);
    expect(await registry.open(group('g9'))).toEqual({ ok: false, reason: 'too-many-documents' });
    expect((await registry.open(address('s2', 'control'))).ok).toBe(true);
    expect((await registry.open(address('s1', 'control'))).ok).toBe(true);
  });
});
