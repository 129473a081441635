import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { FieldEditor } from './FieldEditor.tsx';
import { labels } from './test/renderField.tsx';

afterEach(cleanup);

describe('keepTypingInside', () => {
  it("keeps a keystroke's events from bubbling out of the field once the editor handled them", () => {
    const outside = vi.fn();
    const { container } = render(
      // biome-ignore lint/a11y/noStaticElementInteractions: a listener that must not hear the field's keys.
      <div onKeyDown={outside} onInput={outside} onKeyUp={outside}>
        <FieldEditor
          fragment={new Y.Doc().getXmlFragment('field:f1')}
          awareness={null}
          user={{ name: 'Ana', color: '#1a4f8b' }}
          label="What we learned"
          hint=""
          example=""
          editable
          labels={labels}
        />
      </div>,
    );
    const text = container.querySelector('[role="textbox"]');
    if (!(text instanceof HTMLElement)) throw new Error('no text box');
    const bold = container.querySelector('button[aria-pressed]');
    act(() => {
      text.focus();
    });
    fireEvent.keyDown(text, { key: 'b', code: 'KeyB', ctrlKey: true });
    fireEvent.input(text);
    fireEvent.keyUp(text, { key: 'b' });
    expect(outside).not.toHaveBeenCalled();
    // ProseMirror still had the key: Ctrl+B turned bold on.
    expect(bold?.getAttribute('aria-pressed')).toBe('true');
    // The toolbar, outside the text, still hears its own keys.
    const toolbar = container.querySelector('[role="toolbar"]');
    if (!toolbar) throw new Error('no toolbar');
    fireEvent.keyDown(toolbar, { key: 'End' });
    expect(outside).toHaveBeenCalledTimes(1);
  });
});
