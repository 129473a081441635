import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CommitQueue } from '../storage/CommitQueue.ts';
import type { DocumentStore, StoredDocument } from '../storage/DocumentStore.ts';
import { createRelayCounters } from './RelayCounters.ts';
import { RoomRegistry } from './RoomRegistry.ts';

/** A document store whose loads wait until the test lets them finish (or fail). */
function slowStore(state: Map<string, Uint8Array>) {
  const loads: { docName: string; finish: () => void; fail: () => void }[] = [];
  const store: DocumentStore = {
    load: (docName) =>
      new Promise<StoredDocument>((resolve, reject) => {
        const update = state.get(docName);
        loads.push({
          docName,
          finish: () => resolve({ updates: update ? [update] : [], owners: new Map() }),
          fail: () => reject(new Error('storage away')),
        });
      }),
    commit: async () => 0,
    listDocuments: async () => [],
  };
  const registry = new RoomRegistry({
    documents: store,
    commits: new CommitQueue(store, { maxDelayMs: 5, maxBatchBytes: 1 << 20 }),
    counters: createRelayCounters(),
    idleUnloadMs: 60_000,
    maxDocumentsPerSession: 8,
    maxSessions: 4,
    maxAwarenessClientsPerConnection: 4,
    compactAfterUpdates: 500,
  });
  /** Resolves once the `nth` load of `docName` has started. */
  const loadStarted = async (docName: string, nth = 1) => {
    const of = () => loads.filter((load) => load.docName === docName);
    while (of().length < nth) await new Promise(setImmediate);
    return of()[nth - 1] as (typeof loads)[number];
  };
  return { registry, loads, loadStarted };
}

const address = (kind: 'room' | 'control' | 'group', groupId: string | null = null) => ({
  sessionId: 's',
  kind,
  groupId,
  name: groupId ? `s/group/${groupId}` : `s/${kind}`,
});

describe('RoomRegistry: asynchronous loading', () => {
  it('opens a document once however many ask while it loads, with its stored state applied', async () => {
    const stored = new Y.Doc();
    stored.getMap('m').set('a', 1);
    const { registry, loads, loadStarted } = slowStore(new Map([['s/room', Y.encodeStateAsUpdate(stored)]]));
    const first = registry.open(address('room'));
    const second = registry.open(address('room'));
    (await loadStarted('s/room')).finish();
    const [one, two] = await Promise.all([first, second]);
    if (!one.ok || !two.ok) throw new Error('not opened');
    expect(one.room).toBe(two.room);
    expect(loads).toHaveLength(1);
    expect(one.room.doc.getMap('m').get('a')).toBe(1);
  });

  it('loads a group document’s control first, and refuses a document whose storage cannot be read, until it can', async () => {
    const { registry, loadStarted } = slowStore(new Map());
    const group = registry.open(address('group', 'g1'));
    (await loadStarted('s/control')).finish();
    (await loadStarted('s/group/g1')).fail();
    expect(await group).toEqual({ ok: false, reason: 'storage-unavailable' });
    expect(registry.size).toBe(1);

    const again = registry.open(address('group', 'g1'));
    const retried = await loadStarted('s/group/g1', 2);
    retried.finish();
    expect((await again).ok).toBe(true);
    expect(registry.size).toBe(2);
  });
});
