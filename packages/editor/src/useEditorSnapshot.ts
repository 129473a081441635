import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useSyncExternalStore } from 'react';

/** Runs `run` later, e.g. once the frame that shows a typed character has been painted. */
export type AfterPaint = (run: () => void) => void;

const sameValues = <T>(a: T, b: T): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
};

/**
 * What `select` reads from the editor (flat values: which formats are on, whether the field is empty), kept
 * up to date by its transactions. With `afterPaint`, the transactions of one frame are looked at once, after that
 * frame was painted: Tiptap's `useEditorState` runs every selector inside each keystroke's transaction, before
 * the browser may draw the character. Without it, at once.
 */
export function useEditorSnapshot<T>(
  editor: Editor,
  select: (editor: Editor) => T,
  afterPaint?: AfterPaint,
): T {
  const selectRef = useRef(select);
  selectRef.current = select;
  const last = useRef<{ editor: Editor; value: T } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      let waiting = false;
      let live = true;
      const deliver = () => {
        waiting = false;
        if (live) listener();
      };
      const onTransaction = () => {
        if (!afterPaint) return listener();
        if (waiting) return;
        waiting = true;
        afterPaint(deliver);
      };
      editor.on('transaction', onTransaction);
      return () => {
        live = false;
        editor.off('transaction', onTransaction);
      };
    },
    [editor, afterPaint],
  );
  const getSnapshot = () => {
    const value = selectRef.current(editor);
    const previous = last.current;
    if (previous && previous.editor === editor && sameValues(previous.value, value)) return previous.value;
    last.current = { editor, value };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
