import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createParticipantRemap } from './buildArchive.ts';
import { readDocumentContent } from './readDocumentContent.ts';
import { rebuildDocument } from './rebuildDocument.ts';

const ADA = 'adaAAAAAAAAA';
const BOB = 'bob-BBBB_BBB';

/** A document shaped like the session's: nested maps, an array of maps, a rich-text field, plain text. */
function sampleDocument(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap('roster').set(ADA, { name: 'Ada', joinedAt: 1 });
    doc.getMap('roster').set(BOB, { name: 'Bob', joinedAt: 2 });
    doc.getMap('answers').set(`q1/${ADA}`, { text: `I agree with ${BOB}`, tags: ['a'] });
    doc.getMap('groupMembers').set('p1', [ADA, BOB]);
    doc.getArray('questions').push([
      new Y.Map<unknown>([
        ['id', 'q1'],
        ['text', 'Why?'],
      ]),
    ]);
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2');
    heading.insert(0, [new Y.XmlText('Plan')]);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    doc.getXmlFragment('field:f1').insert(0, [heading, paragraph]);
    text.insert(0, 'bold then link');
    text.format(0, 4, { bold: true });
    text.format(10, 4, { link: { href: 'https://example.org' } });
    doc.getMap('authors').set('12345', ADA);
    doc.getText('notes').insert(0, 'plain');
  });
  doc.getMap('roster').delete(BOB);
  doc.getMap('roster').set(BOB, { name: 'Bob again', joinedAt: 3 });
  return doc;
}

describe('rebuildDocument', () => {
  it('keeps every root, nested type, mark and attribute, and reads the same as the source', () => {
    const source = sampleDocument();
    const rebuilt = rebuildDocument(source, (text) => text);
    const content = readDocumentContent(rebuilt);
    expect(content).toEqual(readDocumentContent(source));
    expect(content['field:f1']).toEqual([
      { element: 'heading', attributes: { level: '2' }, children: [{ text: 'Plan' }] },
      {
        element: 'paragraph',
        attributes: {},
        children: [
          { text: 'bold', marks: { bold: true } },
          { text: ' then ' },
          { text: 'link', marks: { link: { href: 'https://example.org' } } },
        ],
      },
    ]);
    expect(content.questions).toEqual([{ id: 'q1', text: 'Why?' }]);
    expect(content.notes).toBe('plain');
  });

  it('replaces participant ids in keys, values and text, the same id everywhere, and keeps the update readable', () => {
    const source = sampleDocument();
    const rebuilt = rebuildDocument(source, createParticipantRemap([ADA, BOB]));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(rebuilt));
    const content = readDocumentContent(copy);
    const text = JSON.stringify(content);
    expect(text).not.toContain(ADA);
    expect(text).not.toContain(BOB);
    const roster = content.roster as Record<string, { name: string }>;
    const newAda = Object.keys(roster).find((id) => roster[id]?.name === 'Ada') ?? '';
    const newBob = Object.keys(roster).find((id) => roster[id]?.name === 'Bob again') ?? '';
    expect(newAda).toMatch(/^[\w-]{12}$/);
    expect(content.groupMembers).toEqual({ p1: [newAda, newBob] });
    expect(content.answers).toEqual({ [`q1/${newAda}`]: { tags: ['a'], text: `I agree with ${newBob}` } });
    expect(content.authors).toEqual({ '12345': newAda });
  });
});
