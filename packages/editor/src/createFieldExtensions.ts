import type { Extensions } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Italic } from '@tiptap/extension-italic';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { Dropcursor, Gapcursor } from '@tiptap/extensions';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { EditorUser } from './EditorLabels.ts';
import { FieldHeading } from './FieldHeading.ts';
import { NativeTypingScroll } from './NativeTypingScroll.ts';
import { isSafeLinkHref } from './normalizeLinkHref.ts';
import { othersOnlyAwareness } from './othersOnlyAwareness.ts';
import { PasteGuard } from './PasteGuard.ts';
import { TypingAutolink } from './TypingAutolink.ts';

export interface FieldExtensionOptions {
  fragment: Y.XmlFragment;
  awareness: Awareness | null;
  user: EditorUser;
  onPasteRefused: (characters: number, limit: number) => void;
}

function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = String(user.color);
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = String(user.color);
  label.textContent = String(user.name ?? '');
  caret.append(label);
  return caret;
}

/**
 * A field's schema and behaviour: paragraphs, two heading levels, bullet and numbered lists, quotes,
 * bold, italic and safe links; history and carets from Yjs (the fragment's own undo manager, so undo
 * never takes back another member's words); pastes checked and cleaned. The Yjs binding deletes from
 * the document any node or mark this schema lacks: whatever the model writes must stay within it.
 */
export function createFieldExtensions(options: FieldExtensionOptions): Extensions {
  const extensions: Extensions = [
    Document,
    Paragraph,
    Text,
    HardBreak,
    // The model's "start from our answers" field quotes each answer in a blockquote.
    Blockquote,
    Bold,
    Italic,
    BulletList,
    OrderedList,
    ListItem,
    ListKeymap,
    Dropcursor,
    Gapcursor,
    TypingAutolink.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeLinkHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
    FieldHeading,
    PasteGuard.configure({ onRefused: options.onPasteRefused }),
    NativeTypingScroll,
    Collaboration.configure({ fragment: options.fragment }),
  ];
  const { awareness } = options;
  if (awareness) {
    // Keeps what the app already put under `user` (e.g. the participant id) beside name and colour.
    const current = awareness.getLocalState()?.user as Record<string, unknown> | undefined;
    extensions.push(
      CollaborationCaret.configure({
        // Only the others' carets are drawn: a change of this device's own caret redraws nothing.
        provider: { awareness: othersOnlyAwareness(awareness) },
        user: { ...current, ...options.user },
        render: renderCaret,
      }),
    );
  }
  return extensions;
}
