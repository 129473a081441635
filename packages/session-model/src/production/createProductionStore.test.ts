import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Production } from '../schema/creationTypes.ts';
import { asParticipantId } from '../schema/ids.ts';
import { countWords, readFragmentText } from './countFragmentWords.ts';
import { createProductionStore } from './createProductionStore.ts';

const production: Production = {
  id: 'p-store',
  number: 1,
  name: '',
  place: '',
  label: ['team'],
  groupingKind: 'thematic',
  groupId: 'g1',
  members: [asParticipantId('m0'), asParticipantId('m1')],
  formerMembers: [],
  roles: { leader: null, appMaster: null, timeMaster: null },
  seed: null,
  createdAt: 1,
  retired: false,
};

const write = (doc: Y.Doc, fieldId: string, text: string) => {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(`field:${fieldId}`);
  fragment.insert(fragment.length, [paragraph]);
};

/** Appends to the field's last paragraph, as a keystroke in the editor does. */
const typeAtEnd = (doc: Y.Doc, fieldId: string, text: string) => {
  const paragraph = doc.getXmlFragment(`field:${fieldId}`).get(0) as Y.XmlElement;
  const run = paragraph.get(0) as Y.XmlText;
  run.insert(run.length, text);
};

/** Counts the reads of one field's fragment: the store recounts a field by walking its children. */
function countReads(doc: Y.Doc, fieldId: string): () => number {
  const fragment = doc.getXmlFragment(`field:${fieldId}`);
  const original = fragment.toArray.bind(fragment);
  let reads = 0;
  fragment.toArray = () => {
    reads++;
    return original();
  };
  return () => reads;
}

/** A small seeded generator (mulberry32), so a failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('createProductionStore', () => {
  it('recounts only the field a transaction touched', () => {
    const doc = new Y.Doc();
    const store = createProductionStore({
      doc,
      production,
      actor: { role: 'facilitator' },
      scheduleNotify: () => {},
    });
    write(doc, 'idea', 'one');
    write(doc, 'plan', 'one two three');
    expect(store.getContent().words).toBe(4);
    const planReads = countReads(doc, 'plan');
    const ideaReads = countReads(doc, 'idea');
    for (const letter of [' t', 'w', 'o']) typeAtEnd(doc, 'idea', letter);
    const content = store.getContent();
    expect(content.fields.idea?.words).toBe(2);
    expect(content.fields.plan?.words).toBe(3);
    expect(content.words).toBe(5);
    expect(planReads()).toBe(0);
    expect(ideaReads()).toBeGreaterThan(0);
  });

  it('counts the same as a fresh store after seeded edits, deletions and remote updates', () => {
    const seed = Number(process.env.SEED ?? Date.now() % 100_000);
    const random = seeded(seed);
    const local = new Y.Doc();
    const remote = new Y.Doc();
    local.on('update', (update: Uint8Array) => Y.applyUpdate(remote, update, 'remote'));
    remote.on('update', (update: Uint8Array) => Y.applyUpdate(local, update, 'remote'));
    const store = createProductionStore({ doc: local, production, actor: { role: 'facilitator' } });
    const fields = ['a', 'b', 'c'];
    const words = ['sun', 'moon', 'rain', ' ', ' ', 'x1'];
    for (const field of fields) write(local, field, '');
    for (let step = 0; step < 300; step++) {
      const doc = random() < 0.5 ? local : remote;
      const field = fields[Math.floor(random() * fields.length)] ?? 'a';
      const run = (doc.getXmlFragment(`field:${field}`).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      if (random() < 0.25 && run.length > 0) {
        const at = Math.floor(random() * run.length);
        run.delete(at, Math.min(run.length - at, 1 + Math.floor(random() * 4)));
      } else {
        run.insert(Math.floor(random() * (run.length + 1)), words[Math.floor(random() * words.length)] ?? '');
      }
      if (step % 20 === 0) store.getContent();
    }
    const expected = Object.fromEntries(
      fields
        .map(
          (field) => [field, countWords(readFragmentText(local.getXmlFragment(`field:${field}`)))] as const,
        )
        .filter(([, count]) => count > 0),
    );
    const got = Object.fromEntries(
      Object.entries(store.getContent().fields).map(([field, progress]) => [field, progress.words]),
    );
    expect(got, `seed ${seed}`).toEqual(expected);
  });

  it('tells subscribers once for every transaction of a frame, and again after the next change', () => {
    const doc = new Y.Doc();
    const pending: (() => void)[] = [];
    const store = createProductionStore({
      doc,
      production,
      actor: { role: 'facilitator' },
      scheduleNotify: (notify) => pending.push(notify),
    });
    let calls = 0;
    store.subscribe(() => calls++);
    write(doc, 'idea', 'one');
    for (const letter of [' t', 'w', 'o']) typeAtEnd(doc, 'idea', letter);
    expect(pending).toHaveLength(1);
    expect(calls).toBe(0);
    // The content is current before the subscribers hear of it.
    expect(store.getContent().words).toBe(2);
    pending.shift()?.();
    expect(calls).toBe(1);
    typeAtEnd(doc, 'idea', ' three');
    expect(pending).toHaveLength(1);
    pending.shift()?.();
    expect(calls).toBe(2);
  });

  it('tells subscribers without animation frames too (Node, a hidden tab)', async () => {
    const doc = new Y.Doc();
    const store = createProductionStore({ doc, production, actor: { role: 'facilitator' } });
    const told = new Promise<number>((resolve) => store.subscribe(() => resolve(store.getContent().words)));
    write(doc, 'idea', 'one two');
    await expect(told).resolves.toBe(2);
  });

  it('tells nobody after destroy', async () => {
    const doc = new Y.Doc();
    const pending: (() => void)[] = [];
    const store = createProductionStore({
      doc,
      production,
      actor: { role: 'facilitator' },
      scheduleNotify: (notify) => pending.push(notify),
    });
    let calls = 0;
    store.subscribe(() => calls++);
    write(doc, 'idea', 'one');
    store.destroy();
    for (const notify of pending) notify();
    expect(calls).toBe(0);
  });
});
