import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isEmptyBlocks, readFieldBlocks } from './readFieldBlocks.ts';

/** Builds nodes the way the editor's Yjs binding stores them: an element per node, marks as text attributes. */
const element = (
  name: string,
  children: (Y.XmlElement | Y.XmlText)[],
  attributes: Record<string, unknown> = {},
) => {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as string);
  node.insert(0, children);
  return node;
};
const text = (...parts: [string, Record<string, unknown>?][]) => {
  const node = new Y.XmlText();
  node.applyDelta(parts.map(([insert, attributes]) => (attributes ? { insert, attributes } : { insert })));
  return node;
};

describe('readFieldBlocks', () => {
  it('reads headings, marks, links, hard breaks, quotes and nested lists in order', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('field:notes');
    fragment.insert(0, [
      element('heading', [text(['Big idea'])], { level: 1 }),
      element('heading', [text(['Detail'])], { level: 2 }),
      element('paragraph', [
        text(['Plain '], ['bold', { bold: {} }], [' and '], ['both', { bold: {}, italic: {} }]),
        element('hardBreak', []),
        text(['see '], ['docs', { link: { href: 'https://example.org/a', target: '_blank' } }]),
      ]),
      element('blockquote', [element('paragraph', [text(['“Quoted” — Ana'])])]),
      element('bulletList', [
        element('listItem', [
          element('paragraph', [text(['one'])]),
          element('orderedList', [element('listItem', [element('paragraph', [text(['inner'])])])]),
        ]),
        element('listItem', [element('paragraph', [text(['two'])])]),
      ]),
    ]);

    const blocks = readFieldBlocks(fragment);
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'heading', 'paragraph', 'quote', 'list']);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1, runs: [{ text: 'Big idea' }] });
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 2 });
    expect(blocks[2]).toEqual({
      kind: 'paragraph',
      runs: [
        { kind: 'text', text: 'Plain ', bold: false, italic: false, href: null },
        { kind: 'text', text: 'bold', bold: true, italic: false, href: null },
        { kind: 'text', text: ' and ', bold: false, italic: false, href: null },
        { kind: 'text', text: 'both', bold: true, italic: true, href: null },
        { kind: 'break' },
        { kind: 'text', text: 'see ', bold: false, italic: false, href: null },
        { kind: 'text', text: 'docs', bold: false, italic: false, href: 'https://example.org/a' },
      ],
    });
    expect(blocks[3]).toMatchObject({
      kind: 'quote',
      blocks: [{ kind: 'paragraph', runs: [{ text: '“Quoted” — Ana' }] }],
    });
    expect(blocks[4]).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [
        {
          blocks: [
            { kind: 'paragraph', runs: [{ text: 'one' }] },
            {
              kind: 'list',
              ordered: true,
              items: [{ blocks: [{ kind: 'paragraph', runs: [{ text: 'inner' }] }] }],
            },
          ],
        },
        { blocks: [{ kind: 'paragraph', runs: [{ text: 'two' }] }] },
      ],
    });
    expect(Object.isFrozen(blocks)).toBe(true);
  });

  it('tells an empty field from one with text', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('field:notes');
    expect(isEmptyBlocks(readFieldBlocks(fragment))).toBe(true);
    fragment.insert(0, [
      element('paragraph', []),
      element('bulletList', [element('listItem', [element('paragraph', [text(['  '])])])]),
    ]);
    expect(isEmptyBlocks(readFieldBlocks(fragment))).toBe(true);
    fragment.insert(0, [element('paragraph', [text(['word'])])]);
    expect(isEmptyBlocks(readFieldBlocks(fragment))).toBe(false);
  });
});
