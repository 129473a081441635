import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderField, typeText } from './renderField.tsx';

afterEach(cleanup);

/** Two members' documents; updates wait in a queue until delivered, as on a network. */
function twoDocuments() {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  const queues: Uint8Array[][] = [[], []];
  docs.forEach((doc, index) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'network') queues[1 - index]?.push(update);
    });
  });
  const deliver = () => {
    docs.forEach((doc, index) => {
      for (const update of queues[index]?.splice(0) ?? []) Y.applyUpdate(doc, update, 'network');
    });
  };
  return { docs, deliver };
}

describe('two members in the same field', () => {
  it('both texts typed at the same moment are on both screens', () => {
    const { docs, deliver } = twoDocuments();
    const ana = renderField(docs[0].getXmlFragment('field:summary'), { name: 'Ana' });
    const ben = renderField(docs[1].getXmlFragment('field:summary'), { name: 'Ben' });

    typeText(ana.editor, 'Ana writes first.');
    typeText(ben.editor, 'Ben writes too.');
    expect(ana.text.textContent).not.toContain('Ben writes too.');
    deliver();

    for (const screen of [ana, ben]) {
      expect(screen.text.textContent).toContain('Ana writes first.');
      expect(screen.text.textContent).toContain('Ben writes too.');
    }
    expect(ana.text.textContent).toBe(ben.text.textContent);
    expect(docs[0].getXmlFragment('field:summary').toString()).toBe(
      docs[1].getXmlFragment('field:summary').toString(),
    );
  });

  it('a field never shows or changes another field of the same document', () => {
    const { docs, deliver } = twoDocuments();
    const summary = renderField(docs[0].getXmlFragment('field:summary'));
    const questions = renderField(docs[1].getXmlFragment('field:questions'));

    typeText(summary.editor, 'Only in the summary.');
    deliver();

    expect(questions.text.textContent).toBe('');
    expect(docs[1].getXmlFragment('field:summary').toString()).toContain('Only in the summary.');
  });

  it("works inside React's StrictMode, as the app renders it, without doubling any text", () => {
    const { docs, deliver } = twoDocuments();
    const ana = renderField(docs[0].getXmlFragment('field:summary'), { strict: true });
    const ben = renderField(docs[1].getXmlFragment('field:summary'), { strict: true });

    typeText(ana.editor, 'Once.');
    deliver();
    ben.editor.commands.setTextSelection(ben.editor.state.doc.content.size - 1);
    typeText(ben.editor, ' Twice?');
    deliver();

    expect(ana.editor.getText()).toBe('Once. Twice?');
    expect(ben.editor.getText()).toBe('Once. Twice?');
    expect(docs[0].getXmlFragment('field:summary').length).toBe(1);
  });

  it('a read-only screen follows the writing live', () => {
    const { docs, deliver } = twoDocuments();
    const writer = renderField(docs[0].getXmlFragment('field:summary'));
    const reader = renderField(docs[1].getXmlFragment('field:summary'), { editable: false });

    typeText(writer.editor, 'Seen by the facilitator.');
    deliver();

    expect(reader.text.textContent).toBe('Seen by the facilitator.');
    expect(reader.text.getAttribute('contenteditable')).toBe('false');
    expect(reader.container.querySelector('[role="toolbar"]')).toBeNull();
  });
});
