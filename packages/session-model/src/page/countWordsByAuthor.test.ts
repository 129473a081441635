import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProductionStore } from '../production/createProductionStore.ts';
import type { Production } from '../schema/creationTypes.ts';
import { asParticipantId } from '../schema/ids.ts';
import { countWordsByAuthor } from './countWordsByAuthor.ts';

const ana = asParticipantId('p-ana');
const ben = asParticipantId('p-ben');
const production: Production = {
  id: 'p1',
  number: 1,
  name: '',
  place: '',
  label: [],
  groupingKind: 'thematic',
  groupId: 'g1',
  members: [ana, ben],
  formerMembers: [],
  roles: { leader: null, appMaster: null, timeMaster: null },
  seed: { quotes: [{ participantId: ana, name: 'Ana', text: 'seeded words here' }], terms: [] },
  createdAt: 1,
  retired: false,
};

const sync = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** A member's device: its own Y.Doc and production store, typing as the editor does (no command origin). */
function device(participantId: typeof ana) {
  const doc = new Y.Doc();
  const store = createProductionStore({
    doc,
    production,
    actor: { role: 'participant', participantId },
    scheduleNotify: () => {},
  });
  const type = (fieldId: string, words: string) =>
    doc.transact(() => {
      const fragment = doc.getXmlFragment(`field:${fieldId}`);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(words)]);
      fragment.insert(fragment.length, [paragraph]);
    });
  return { doc, store, type };
}

describe('countWordsByAuthor', () => {
  it('gives each member the words their device typed, after the documents merge', async () => {
    const first = device(ana);
    const second = device(ben);
    first.store.applySeed();
    first.type('notes', 'one two three');
    second.type('notes', 'four five');
    second.type('plan', 'six');
    await settle();
    sync(first.doc, second.doc);
    sync(second.doc, first.doc);

    for (const { doc, store } of [first, second]) {
      const words = countWordsByAuthor(doc);
      expect(words.byParticipant).toEqual({ [ana]: 3, [ben]: 3 });
      // The seeded quote ("“seeded words here” — Ana") was written under the production’s own client id.
      expect(words.unattributed).toBe(4);
      expect(store.getPage().words).toEqual(words);
    }
  });

  it('counts only the words still there, and a word to whoever typed its first letter', async () => {
    const first = device(ana);
    const second = device(ben);
    first.type('notes', 'alpha beta');
    await settle();
    sync(first.doc, second.doc);
    const run = (second.doc.getXmlFragment('field:notes').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    second.doc.transact(() => {
      run.delete(0, 6);
      run.insert(run.length, 'ween gamma');
    });
    await settle();
    sync(second.doc, first.doc);
    expect(run.toString()).toBe('betaween gamma');
    expect(countWordsByAuthor(first.doc).byParticipant).toEqual({ [ana]: 1, [ben]: 1 });
  });

  it('does not name a viewer or a facilitator device as an author', async () => {
    const doc = new Y.Doc();
    createProductionStore({ doc, production, actor: { role: 'facilitator' }, scheduleNotify: () => {} });
    doc.transact(() => doc.getXmlFragment('field:notes').insert(0, [new Y.XmlText('by the facilitator')]));
    await settle();
    expect(doc.getMap('authors').size).toBe(0);
    expect(countWordsByAuthor(doc)).toEqual({ byParticipant: {}, unattributed: 3 });
  });
});
