import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createParticipantRemap } from './buildArchive.ts';
import { readDocumentContent } from './readDocumentContent.ts';
import { remapDocument, updateContains } from './remapDocument.ts';

const ADA = 'adaAAAAAAAAA';
const BOB = 'bob-BBBB_BBB';

/** Two members type into one field from their own devices (their own Yjs clients), and say who they are in `authors`. */
function writtenByTwo() {
  const ada = new Y.Doc();
  const bob = new Y.Doc();
  ada.clientID = 101;
  bob.clientID = 202;
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  ada.getXmlFragment('field:f1').insert(0, [paragraph]);
  text.insert(0, 'Ada wrote this. ');
  ada.getMap('authors').set('101', ADA);
  Y.applyUpdate(bob, Y.encodeStateAsUpdate(ada));
  const bobText = (bob.getXmlFragment('field:f1').get(0) as Y.XmlElement).get(0) as Y.XmlText;
  bobText.insert(bobText.length, 'Bob added that.', { bold: true });
  bob.getMap('authors').set('202', BOB);
  return bob;
}

/** Characters of live text per Yjs client, from the document's items: what contributions are counted from. */
function charactersByClient(fragment: Y.XmlFragment): Record<number, number> {
  const counts: Record<number, number> = {};
  const visit = (node: unknown) => {
    if (node instanceof Y.XmlText) {
      for (let item = node._start; item; item = item.right) {
        if (!item.deleted && item.content instanceof Y.ContentString) {
          counts[item.id.client] = (counts[item.id.client] ?? 0) + item.length;
        }
      }
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) node.toArray().forEach(visit);
  };
  visit(fragment);
  return counts;
}

describe('remapDocument', () => {
  it('keeps who wrote which characters when participant ids are only values, and leaves no old id in the update', () => {
    const source = writtenByTwo();
    const remapped = remapDocument(source, createParticipantRemap([ADA, BOB]), [ADA, BOB]);
    const update = Y.encodeStateAsUpdate(remapped);
    expect(updateContains(update, [ADA])).toBe(false);
    expect(updateContains(update, [BOB])).toBe(false);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update);
    expect(charactersByClient(copy.getXmlFragment('field:f1'))).toEqual({ 101: 16, 202: 15 });
    const authors = copy.getMap<string>('authors').toJSON();
    expect(Object.keys(authors).sort()).toEqual(['101', '202']);
    expect(Object.values(authors).every((id) => /^[\w-]{12}$/.test(id) && id !== ADA && id !== BOB)).toBe(
      true,
    );
    expect(readDocumentContent(copy)['field:f1']).toEqual(readDocumentContent(source)['field:f1']);
  });

  it('leaves a seed written under a fixed client recognisable: applying it again adds nothing', () => {
    const seed = new Y.Doc();
    seed.clientID = 777;
    seed.getXmlFragment('field:answers').insert(0, [new Y.XmlText('“Our answers” — Ada')]);
    const seedUpdate = Y.encodeStateAsUpdate(seed);
    const source = writtenByTwo();
    Y.applyUpdate(source, seedUpdate);
    const remapped = remapDocument(source, createParticipantRemap([ADA, BOB]), [ADA, BOB]);
    const before = JSON.stringify(readDocumentContent(remapped));
    Y.applyUpdate(remapped, seedUpdate);
    expect(JSON.stringify(readDocumentContent(remapped))).toBe(before);
  });

  it('rebuilds a document whose keys hold participant ids, so no deleted entry keeps an old key', () => {
    const source = new Y.Doc();
    source.getMap('roster').set(ADA, { name: 'Ada' });
    source.getMap('roster').set(ADA, { name: 'Ada L.' });
    source.getMap('answers').set(`q1/${BOB}`, { text: 'Hi' });
    const remapped = remapDocument(source, createParticipantRemap([ADA, BOB]), [ADA, BOB]);
    expect(updateContains(Y.encodeStateAsUpdate(remapped), [ADA, BOB])).toBe(false);
    const names = Object.values(readDocumentContent(remapped).roster as Record<string, { name: string }>);
    expect(names).toEqual([{ name: 'Ada L.' }]);
  });
});
