import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { FieldEditor } from '../FieldEditor.tsx';
import { labels, renderField, typeText } from './renderField.tsx';

afterEach(cleanup);

/** Two members' documents and presences, each change delivered to the other at once. */
function twoMembers() {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  const presences = docs.map((doc) => new Awareness(doc)) as [Awareness, Awareness];
  docs.forEach((doc, index) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'network') Y.applyUpdate(docs[1 - index] as Y.Doc, update, 'network');
    });
  });
  presences.forEach((presence, index) => {
    presence.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'network') return;
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      const other = presences[1 - index] as Awareness;
      applyAwarenessUpdate(other, encodeAwarenessUpdate(presence, changed), 'network');
    });
  });
  return { docs, presences };
}

describe('carets', () => {
  it("shows where the other member writes, with their name and colour, and keeps the app's presence fields", () => {
    const { docs, presences } = twoMembers();
    presences[0].setLocalStateField('user', { participantId: 'p-ana' });
    const ana = renderField(docs[0].getXmlFragment('field:notes'), { awareness: presences[0], name: 'Ana' });
    const ben = renderField(docs[1].getXmlFragment('field:notes'), { awareness: presences[1], name: 'Ben' });

    act(() => {
      ana.editor.view.focus();
      typeText(ana.editor, 'Ana is here');
    });

    expect(presences[1].getStates().get(docs[0].clientID)?.user).toEqual({
      participantId: 'p-ana',
      name: 'Ana',
      color: '#1a4f8b',
    });
    const caret = ben.text.querySelector<HTMLElement>('.collaboration-carets__caret');
    expect(caret?.textContent).toBe('Ana');
    expect(caret?.getAttribute('aria-hidden')).toBe('true');
    expect(ben.editor.getText()).toBe('Ana is here');
    expect(ana.text.querySelector('.collaboration-carets__caret')).toBeNull();
  });

  it('a caret in one field never shows in another field of the same document', () => {
    const { docs, presences } = twoMembers();
    const ana = renderField(docs[0].getXmlFragment('field:notes'), { awareness: presences[0], name: 'Ana' });
    const benOther = renderField(docs[1].getXmlFragment('field:questions'), {
      awareness: presences[1],
      name: 'Ben',
    });

    act(() => {
      ana.editor.view.focus();
      typeText(ana.editor, 'Only in notes');
    });

    expect(presences[1].getStates().get(docs[0].clientID)?.cursor).toBeTruthy();
    expect(benOther.text.querySelector('.collaboration-carets__caret')).toBeNull();
  });

  it('sends presence again only when the name or the colour really changes, not at every render', () => {
    const doc = new Y.Doc();
    const presence = new Awareness(doc);
    const field = (name: string) => (
      <FieldEditor
        fragment={doc.getXmlFragment('field:notes')}
        awareness={presence}
        user={{ name, color: '#1a4f8b' }}
        label="Notes"
        hint=""
        example=""
        editable
        labels={labels}
      />
    );
    const screen = render(field('Ana'));
    let sent = 0;
    presence.on('update', () => {
      sent++;
    });
    screen.rerender(field('Ana'));
    screen.rerender(field('Ana'));
    expect(sent).toBe(0);
    screen.rerender(field('Ana B.'));
    expect(sent).toBe(1);
    expect(presence.getLocalState()?.user).toEqual({ name: 'Ana B.', color: '#1a4f8b' });
  });
});
