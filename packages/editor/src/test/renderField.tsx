import { render } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { StrictMode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { EditorLabels, EditorMessage } from '../EditorLabels.ts';
import { FieldEditor } from '../FieldEditor.tsx';

export const labels: EditorLabels = {
  toolbar: 'Formatting',
  bold: 'Bold',
  italic: 'Italic',
  heading: 'Heading',
  subheading: 'Subheading',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  link: 'Link',
  linkAddress: 'Link address',
  applyLink: 'Apply',
  removeLink: 'Remove link',
  cancel: 'Cancel',
  pasteTooLarge: 'This paste is too long for one field: nothing was pasted.',
  linkRefused: 'Only web and e-mail links can be added.',
  dismiss: 'Close',
};

export interface RenderedField {
  container: HTMLElement;
  /** The editable text element, as a member's screen has it. */
  text: HTMLElement;
  editor: Editor;
  messages: EditorMessage[];
  unmount: () => void;
}

/** Renders one FieldEditor on `fragment` and hands back its element and Tiptap editor. */
export function renderField(
  fragment: Y.XmlFragment,
  options: {
    awareness?: Awareness | null;
    example?: string;
    editable?: boolean;
    name?: string;
    /** Renders in React's StrictMode, as the app does (effects run twice). */
    strict?: boolean;
    afterPaint?: (run: () => void) => void;
  } = {},
): RenderedField {
  const messages: EditorMessage[] = [];
  const field = (
    <FieldEditor
      fragment={fragment}
      awareness={options.awareness ?? null}
      user={{ name: options.name ?? 'Ana', color: '#1a4f8b' }}
      label="What we learned"
      hint="Three sentences at most."
      example={options.example ?? 'We learned that peers explain things well.'}
      editable={options.editable ?? true}
      labels={labels}
      onMessage={(message) => messages.push(message)}
      afterPaint={options.afterPaint}
    />
  );
  const rendered = render(options.strict ? <StrictMode>{field}</StrictMode> : field);
  const text = rendered.container.querySelector<HTMLElement>('.ProseMirror');
  if (!text) throw new Error('The field has no text element.');
  const editor = (text as HTMLElement & { editor?: Editor }).editor;
  if (!editor) throw new Error('The field has no editor.');
  return { container: rendered.container, text, editor, messages, unmount: rendered.unmount };
}

/** Types `text` where the member's caret is, as ProseMirror does for keyboard input. */
export function typeText(editor: Editor, text: string): void {
  editor.view.dispatch(editor.state.tr.insertText(text));
}

/** Pastes as a browser does: a `paste` event carrying the clipboard's text and HTML. */
export function paste(target: HTMLElement, data: { text: string; html?: string }): ClipboardEvent {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', data.text);
  if (data.html !== undefined) clipboardData.setData('text/html', data.html);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}
