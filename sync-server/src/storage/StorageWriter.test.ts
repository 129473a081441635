import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CommitQueue } from './CommitQueue.ts';
import { openStorage, type Storage } from './openStorage.ts';
import { StorageWriter } from './StorageWriter.ts';

describe('StorageWriter: document writes on their own thread, real SQLite file', () => {
  let dataDir: string;
  let storage: Storage;
  let writer: StorageWriter;
  afterEach(async () => {
    await writer.close();
    storage.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function setup(
    onThreadExit: (error: Error) => void = () => {},
    maxDurableWaitMs = 60_000,
    syncEveryMs?: number,
  ) {
    dataDir = mkdtempSync(join(tmpdir(), 'peerloom-writer-'));
    storage = openStorage(dataDir);
    writer = new StorageWriter(storage.file, onThreadExit);
    const errors: unknown[] = [];
    const overdue: number[] = [];
    const synced: boolean[] = [];
    const commits = new CommitQueue(writer, {
      syncEveryMs,
      onCommit: (stats) => synced.push(stats.synced),
      maxDelayMs: 5,
      maxBatchBytes: 1 << 20,
      maxDurableWaitMs,
      onError: (error) => errors.push(error),
      onOverdue: (count) => overdue.push(count),
    });
    return { commits, errors, overdue, synced };
  }

  function update(key: string): { update: Uint8Array; clocks: Map<number, number> } {
    const doc = new Y.Doc();
    doc.getMap('m').set(key, key);
    const update = Y.encodeStateAsUpdate(doc);
    return { update, clocks: Y.parseUpdateMeta(update).to };
  }

  it('commits in order, appends and compactions, readable from the main connection once acknowledged', async () => {
    const { commits } = setup();
    const heard: number[] = [];
    const listener = { committed: (clocks: ReadonlyMap<number, number>) => heard.push(clocks.size) };
    const live = new Y.Doc();
    for (let index = 0; index < 40; index++) {
      const { update: data, clocks } = update(`k${index}`);
      Y.applyUpdate(live, data);
      commits.enqueue('s/room', data, clocks, listener);
      if (index === 29) commits.enqueueCompaction('s/room', Y.encodeStateAsUpdate(live));
    }
    await commits.flush();
    expect(heard.length).toBeGreaterThan(0);
    const rows = storage.loadUpdates('s/room');
    expect(rows).toHaveLength(11);
    const reloaded = new Y.Doc();
    for (const row of rows) Y.applyUpdate(reloaded, row);
    expect(reloaded.getMap('m').size).toBe(40);
  });

  it('with syncEveryMs, forwards a write once stored and acknowledges it only once a sync put it on disk', async () => {
    const { commits, synced } = setup(undefined, 60_000, 60_000);
    const heard: number[] = [];
    const listener = { committed: (clocks: ReadonlyMap<number, number>) => heard.push(clocks.size) };
    // The first commit syncs (no sync yet); the next ones, within syncEveryMs of it, only store.
    for (const key of ['first', 'second']) {
      const { update: data, clocks } = update(key);
      commits.enqueue('s/room', data, clocks, listener);
      await new Promise<void>((resolve) => commits.afterDurable(resolve));
    }
    expect(synced).toEqual([true, false]);
    expect(heard).toEqual([1]);
    // Stored: the main connection reads it; the sender waits for the sync.
    expect(storage.loadUpdates('s/room')).toHaveLength(2);
    expect(commits.notDurable).toBe(0);
    expect(storage.getSetting('documents-synced-at')).toBeUndefined();
    // A flush syncs now; with nothing new to write, the thread commits the time of the sync to have a frame to sync.
    await commits.flush();
    expect(synced).toEqual([true, false, true]);
    expect(heard).toEqual([1, 1]);
    expect(storage.getSetting('documents-synced-at')).toMatch(/^\d{4}-/);
  });

  it('with syncEveryMs, a stored write gets its sync, and its acknowledgement, that long after the last sync', async () => {
    const { commits, synced } = setup(undefined, 60_000, 50);
    await commits.flush();
    const acknowledged = new Promise<void>((resolve) => {
      const { update: data, clocks } = update('later');
      commits.enqueue('s/room', data, clocks, { committed: () => resolve() });
    });
    await acknowledged;
    expect(synced.at(-1)).toBe(true);
    expect(storage.loadUpdates('s/room')).toHaveLength(1);
  });

  it('a compaction given the live copy replaces the log with it, and what is queued after stays after it', async () => {
    const { commits } = setup();
    const live = new Y.Doc();
    live.on('update', (data: Uint8Array) =>
      commits.enqueue('s/group/g1', data, Y.parseUpdateMeta(data).to, null),
    );
    const text = live.getText('t');
    for (const character of 'written before') text.insert(text.length, character);
    text.delete(0, 8);
    commits.enqueueCompaction('s/group/g1', Y.encodeStateAsUpdate(live));
    for (const character of ' and after') text.insert(text.length, character);
    await commits.flush();
    const rows = storage.loadUpdates('s/group/g1');
    expect(rows).toHaveLength(1 + ' and after'.length);
    const reloaded = new Y.Doc();
    for (const row of rows) Y.applyUpdate(reloaded, row);
    expect(reloaded.getText('t').toString()).toBe('before and after');
  });

  it('holds acknowledgements while SQLite cannot commit, then gives them once the commit is durable', async () => {
    const { commits } = setup();
    const blocker = new Database(storage.file);
    blocker.exec('BEGIN IMMEDIATE');
    let heard = 0;
    const { update: data, clocks } = update('held');
    commits.enqueue('s/room', data, clocks, { committed: () => heard++ });
    const durable = commits.flush();
    expect(commits.size).toBe(0);
    // Nothing to await for an acknowledgement that must not come: give it the time it would need.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toBe(0);
    expect(storage.loadUpdates('s/room')).toHaveLength(0);
    blocker.exec('COMMIT');
    blocker.close();
    await durable;
    expect(heard).toBe(1);
    expect(storage.loadUpdates('s/room')).toHaveLength(1);
  });

  it('reports a thread that dies with a commit in flight and commits its writes on a new thread before acknowledging', async () => {
    const stopped: Error[] = [];
    const { commits } = setup((error) => stopped.push(error));
    const blocker = new Database(storage.file);
    blocker.exec('BEGIN IMMEDIATE');
    const acknowledged: string[] = [];
    for (const key of ['a', 'b']) {
      const { update: data, clocks } = update(key);
      commits.enqueue('s/room', data, clocks, { committed: () => acknowledged.push(key) });
    }
    const durable = commits.flush();
    expect(commits.size).toBe(0);
    const dying = writer.thread;
    if (!dying) throw new Error('no writer thread after a commit started');
    const exited = new Promise((resolve) => dying.once('exit', resolve));
    void dying.terminate();
    blocker.exec('COMMIT');
    blocker.close();
    await exited;
    expect(stopped).toHaveLength(1);
    expect(String(stopped[0])).toMatch(/storage writer thread exited/);
    await durable;
    expect(acknowledged.sort()).toEqual(['a', 'b']);
    expect(writer.thread).not.toBe(dying);
    const reloaded = new Y.Doc();
    for (const row of storage.loadUpdates('s/room')) Y.applyUpdate(reloaded, row);
    expect(reloaded.getMap('m').toJSON()).toEqual({ a: 'a', b: 'b' });
  });

  it('runs afterDurable callbacks at once when nothing waits, else in order once what was queued before is durable', async () => {
    const { commits } = setup();
    const ran: string[] = [];
    commits.afterDurable(() => ran.push('idle'));
    expect(ran).toEqual(['idle']);

    const blocker = new Database(storage.file);
    blocker.exec('BEGIN IMMEDIATE');
    for (const key of ['a', 'b', 'c']) {
      const { update: data, clocks } = update(key);
      commits.enqueue('s/room', data, clocks, null);
      commits.afterDurable(() => ran.push(`${key}:${storage.loadUpdates('s/room').length}`));
    }
    expect(commits.notDurable).toBe(3);
    // Nothing to await for callbacks that must not run yet: give them the time they would need.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual(['idle']);
    blocker.exec('COMMIT');
    blocker.close();
    await commits.flush();
    expect(ran.slice(1).map((entry) => entry.split(':')[0])).toEqual(['a', 'b', 'c']);
    for (const entry of ran.slice(1)) expect(Number(entry.split(':')[1])).toBeGreaterThan(0);
    expect(commits.notDurable).toBe(0);
  });

  it('runs afterDurable callbacks anyway, in order, once they waited maxDurableWaitMs for a stalled commit', async () => {
    const { commits, overdue } = setup(undefined, 50);
    const blocker = new Database(storage.file);
    blocker.exec('BEGIN IMMEDIATE');
    const ran: string[] = [];
    for (const key of ['a', 'b']) {
      const { update: data, clocks } = update(key);
      commits.enqueue('s/room', data, clocks, null);
      commits.afterDurable(() => ran.push(key));
    }
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (ran.length < 2) return;
        clearInterval(check);
        resolve();
      }, 10);
    });
    expect(ran).toEqual(['a', 'b']);
    expect(overdue.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(commits.notDurable).toBe(2);
    blocker.exec('COMMIT');
    blocker.close();
    await commits.flush();
    expect(ran).toEqual(['a', 'b']);
    expect(commits.notDurable).toBe(0);
  });
});
