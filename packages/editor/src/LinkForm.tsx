import type { Editor } from '@tiptap/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { EditorLabels } from './EditorLabels.ts';
import { normalizeLinkHref } from './normalizeLinkHref.ts';

/**
 * Asks for a link's address and applies it to the selection (or inserts the address as a link where
 * nothing is selected); an address that is not http, https or mailto is refused and reported.
 */
export function LinkForm({
  editor,
  labels,
  onRefused,
  onClose,
}: {
  editor: Editor;
  labels: EditorLabels;
  onRefused: (href: string) => void;
  onClose: () => void;
}) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [address, setAddress] = useState(current);
  useEffect(() => input.current?.focus(), []);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const href = normalizeLinkHref(address);
    if (!href) {
      onRefused(address);
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form
      className="peerloom-field__link-form"
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <label htmlFor={inputId}>{labels.linkAddress}</label>
      <input
        ref={input}
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        value={address}
        onChange={(event) => setAddress(event.target.value)}
      />
      <button type="submit">{labels.applyLink}</button>
      {current ? (
        <button type="button" className="secondary" onClick={remove}>
          {labels.removeLink}
        </button>
      ) : null}
      <button type="button" className="secondary" onClick={onClose}>
        {labels.cancel}
      </button>
    </form>
  );
}
