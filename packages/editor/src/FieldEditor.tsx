import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createFieldExtensions } from './createFieldExtensions.ts';
import type { EditorLabels, EditorMessage, EditorUser } from './EditorLabels.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { keepTypingInside } from './keepTypingInside.ts';
import { LinkForm } from './LinkForm.tsx';
import { type AfterPaint, useEditorSnapshot } from './useEditorSnapshot.ts';
import './FieldEditor.css';

/** What {@link FieldEditor} needs: one field of one group document, and the app's strings. */
export interface FieldEditorProps {
  /** The field's root-level fragment (`field:FIELD_ID`) of the group document. */
  fragment: Y.XmlFragment;
  /** Presence of the group document, for the other members' carets; null shows none. */
  awareness: Awareness | null;
  /** This member's caret, as the others see it (kept in the awareness state under `user`). */
  user: EditorUser;
  /** The field's title (the app shows it as an `<h2>`): the accessible name of the text area. */
  label: string;
  /** One line under the title on what to write; empty shows none. */
  hint: string;
  /** Shown greyed inside the field while it is empty, gone as soon as anyone writes. */
  example: string;
  /** False shows the text, live, without toolbar or caret of this member. */
  editable: boolean;
  labels: EditorLabels;
  /** Also told of every message the editor shows (a paste too large, a refused link). */
  onMessage?: (message: EditorMessage) => void;
  /**
   * Runs work after the next painted frame (the app's `afterNextPaint`): the toolbar's and the example's state then
   * follow the text once per frame, outside the keystroke that the frame shows. Omitted: inside each transaction.
   */
  afterPaint?: AfterPaint;
}

function messageText(message: EditorMessage, labels: EditorLabels): string {
  return message.kind === 'paste-too-large' ? labels.pasteTooLarge : labels.linkRefused;
}

/**
 * One template field, edited together live: the text of `fragment`, a small formatting toolbar
 * (headings, lists, bold, italic, links) and the carets of the other members from `awareness`.
 */
export function FieldEditor({
  fragment,
  awareness,
  user,
  label,
  hint,
  example,
  editable,
  labels,
  onMessage,
  afterPaint,
}: FieldEditorProps) {
  const hintId = useId();
  const exampleId = useId();
  const [message, setMessage] = useState<EditorMessage | null>(null);
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const report = useRef((_message: EditorMessage) => {});
  report.current = (next) => {
    setMessage(next);
    onMessage?.(next);
  };
  const initial = useRef({ user, editable });
  initial.current.editable = editable;

  // One editor per fragment and presence; the member's name and colour change through updateUser.
  const extensions = useMemo(
    () =>
      createFieldExtensions({
        fragment,
        awareness,
        user: initial.current.user,
        onPasteRefused: (characters, limit) => report.current({ kind: 'paste-too-large', characters, limit }),
      }),
    [fragment, awareness],
  );
  const editor = useEditor(
    { extensions, editable: initial.current.editable, shouldRerenderOnTransaction: false },
    [extensions],
  );

  useLayoutEffect(() => {
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: (state) => {
          const first = state.doc.firstChild;
          const empty = state.doc.childCount === 1 && first?.isTextblock === true && first.content.size === 0;
          const describedBy = [hint ? hintId : '', example && empty ? exampleId : '']
            .filter(Boolean)
            .join(' ');
          return {
            role: 'textbox',
            class: 'peerloom-field__text',
            'aria-label': label,
            'aria-multiline': 'true',
            'aria-readonly': String(!editable),
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          };
        },
      },
    });
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    if (!editable) setLinkFormOpen(false);
  }, [editor, label, hint, example, editable, hintId, exampleId]);

  useEffect(() => {
    // A message answers the member's last action: their next edit closes it.
    const onUpdate = ({ transaction }: { transaction: Parameters<typeof isChangeOrigin>[0] }) => {
      if (!isChangeOrigin(transaction)) setMessage(null);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
    };
  }, [editor]);

  const area = useRef<HTMLDivElement>(null);
  useEffect(() => (area.current ? keepTypingInside(area.current) : undefined), []);

  const { name, color } = user;
  useEffect(() => {
    // Every presence change goes to every member: only a real change of name or colour is sent.
    const current = awareness?.getLocalState()?.user as Record<string, unknown> | undefined;
    if (!awareness || editor.isDestroyed || (current?.name === name && current?.color === color)) return;
    editor.commands.updateUser({ ...current, name, color });
  }, [editor, awareness, name, color]);

  return (
    <div className="peerloom-field" data-editable={editable}>
      {hint ? (
        <p className="peerloom-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {editable ? (
        <EditorToolbar
          editor={editor}
          labels={labels}
          linkFormOpen={linkFormOpen}
          onToggleLinkForm={() => setLinkFormOpen((open) => !open)}
          afterPaint={afterPaint}
        />
      ) : null}
      {editable && linkFormOpen ? (
        <LinkForm
          editor={editor}
          labels={labels}
          onRefused={(href) => report.current({ kind: 'link-refused', href })}
          onClose={() => {
            setLinkFormOpen(false);
            editor.commands.focus();
          }}
        />
      ) : null}
      <div className="peerloom-field__area" ref={area}>
        <FieldExample editor={editor} id={exampleId} example={example} afterPaint={afterPaint} />
        <EditorContent editor={editor} />
      </div>
      <div className="peerloom-field__message" role="status">
        {message ? (
          <>
            <span>{messageText(message, labels)}</span>
            <button
              type="button"
              className="peerloom-field__dismiss secondary"
              onClick={() => setMessage(null)}
            >
              {labels.dismiss}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}

function FieldExample({
  editor,
  id,
  example,
  afterPaint,
}: {
  editor: ReturnType<typeof useEditor>;
  id: string;
  example: string;
  afterPaint?: AfterPaint;
}) {
  const empty = useEditorSnapshot(editor, (current) => current.isEmpty, afterPaint);
  if (!example) return null;
  return (
    <div className="peerloom-field__example" id={id} aria-hidden="true" hidden={!empty}>
      {example}
    </div>
  );
}
