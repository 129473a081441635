import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countUnpublishedChanges } from './countUnpublishedChanges.ts';
import { createSessionStore } from './createSessionStore.ts';
import { asSessionId } from './schema/ids.ts';

function facilitator() {
  const store = createSessionStore({
    control: new Y.Doc(),
    room: new Y.Doc(),
    actor: { role: 'facilitator' },
  });
  store.commands.seedSession({ sessionId: asSessionId('s'), title: 'T', language: 'en', joinCode: 'ABCDEF' });
  return store;
}

describe('countUnpublishedChanges', () => {
  it('is zero before a first publication and right after one', () => {
    const store = facilitator();
    store.commands.saveGrouping('diverse', null, [
      { label: [], members: ['a', 'b'] },
      { label: [], members: ['c', 'd'] },
    ]);
    expect(countUnpublishedChanges(store.getSnapshot().groupings.diverse)).toBe(0);
    store.commands.publishGrouping('diverse');
    expect(countUnpublishedChanges(store.getSnapshot().groupings.diverse)).toBe(0);
  });

  it('counts each person moved, placed or taken out after publishing, and publishing again clears it', () => {
    const store = facilitator();
    store.commands.saveGrouping('diverse', null, [
      { label: [], members: ['a', 'b'] },
      { label: [], members: ['c', 'd'] },
    ]);
    store.commands.publishGrouping('diverse');
    const [first, second] = store.getSnapshot().groupings.diverse?.groups ?? [];
    store.commands.moveMember('diverse', 'a', second?.id ?? '');
    expect(countUnpublishedChanges(store.getSnapshot().groupings.diverse)).toBe(1);
    store.commands.moveMember('diverse', 'late', first?.id ?? '');
    expect(countUnpublishedChanges(store.getSnapshot().groupings.diverse)).toBe(2);
    store.commands.moveMember('diverse', 'a', first?.id ?? '');
    expect(countUnpublishedChanges(store.getSnapshot().groupings.diverse)).toBe(1);
    store.commands.publishGrouping('diverse');
    expect(countUnpublishedChanges(store.getSnapshot().groupings.diverse)).toBe(0);
  });

  it('counts groups added and removed by a regrouping', () => {
    const store = facilitator();
    store.commands.saveGrouping('diverse', null, [{ label: [], members: ['a', 'b', 'c', 'd'] }]);
    store.commands.publishGrouping('diverse');
    store.commands.saveGrouping('diverse', null, [
      { label: [], members: ['a', 'b'] },
      { label: [], members: ['c', 'd'] },
    ]);
    // The first new group keeps the old group's identity: c and d moved to a group that was added.
    expect(countUnpublishedChanges(store.getSnapshot().groupings.diverse)).toBe(3);
    const [kept] = store.getSnapshot().groupings.diverse?.groups ?? [];
    store.commands.setGroupDetails('diverse', kept?.id ?? '', { name: 'Bikes', place: 'Table 4' });
    expect(countUnpublishedChanges(store.getSnapshot().groupings.diverse)).toBe(4);
  });
});
