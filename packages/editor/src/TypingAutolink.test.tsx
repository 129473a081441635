import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mayAutolink } from './TypingAutolink.ts';
import { renderField, typeText } from './test/renderField.tsx';

const field = () => new Y.Doc().getXmlFragment('field:f1');
const typeEach = (editor: Parameters<typeof typeText>[0], text: string) => {
  for (const character of text) act(() => typeText(editor, character));
};

afterEach(cleanup);

describe('TypingAutolink', () => {
  it('links a web address (with its scheme) typed key by key once a space follows it, and not before', () => {
    const ana = renderField(field());
    typeEach(ana.editor, 'see https://peerloom.org');
    expect(ana.editor.getHTML()).not.toContain('<a ');
    typeEach(ana.editor, ' now');
    expect(ana.editor.getHTML()).toContain('href="https://peerloom.org"');
  });

  it('links the address at the end of a paragraph when Enter splits it', () => {
    const ana = renderField(field());
    typeEach(ana.editor, 'read https://example.org/study');
    act(() => {
      ana.editor.commands.enter();
    });
    expect(ana.editor.getHTML()).toContain('href="https://example.org/study"');
  });

  it('lets plain characters and deletions inside a block through without the rule, not spaces, splits or marks', () => {
    const ana = renderField(field());
    const { state } = ana.editor;
    expect(mayAutolink([state.tr.insertText('a')])).toBe(false);
    expect(mayAutolink([state.tr.insertText('a ')])).toBe(true);
    act(() => typeText(ana.editor, 'words'));
    const after = ana.editor.state;
    expect(mayAutolink([after.tr.delete(2, 3)])).toBe(false);
    expect(mayAutolink([after.tr.split(3)])).toBe(true);
    const bold = after.schema.marks.bold;
    if (!bold) throw new Error('the field schema has bold');
    expect(mayAutolink([after.tr.addMark(1, 3, bold.create())])).toBe(true);
    expect(mayAutolink([])).toBe(false);
  });
});
