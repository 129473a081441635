import type { Editor } from '@tiptap/core';
import { type KeyboardEvent, useRef, useState } from 'react';
import type { EditorLabels } from './EditorLabels.ts';
import { ToolbarIcon, type ToolbarIconName } from './ToolbarIcon.tsx';
import { type AfterPaint, useEditorSnapshot } from './useEditorSnapshot.ts';

interface ToolbarButton {
  icon: ToolbarIconName;
  active: boolean;
  run: () => void;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys move between buttons,
 * each button says whether its format is on (`aria-pressed`); clicking keeps the text's selection.
 */
export function EditorToolbar({
  editor,
  labels,
  linkFormOpen,
  onToggleLinkForm,
  afterPaint,
}: {
  editor: Editor;
  labels: EditorLabels;
  linkFormOpen: boolean;
  onToggleLinkForm: () => void;
  /** When given, the buttons' state follows the text after each painted frame instead of inside each keystroke. */
  afterPaint?: AfterPaint;
}) {
  const active = useEditorSnapshot(
    editor,
    (current) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading', { level: 1 }),
      subheading: current.isActive('heading', { level: 2 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
    }),
    afterPaint,
  );
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const chain = () => editor.chain().focus();
  const items: ToolbarButton[] = [
    { icon: 'bold', active: active.bold, run: () => chain().toggleBold().run() },
    { icon: 'italic', active: active.italic, run: () => chain().toggleItalic().run() },
    { icon: 'heading', active: active.heading, run: () => chain().toggleHeading({ level: 1 }).run() },
    { icon: 'subheading', active: active.subheading, run: () => chain().toggleHeading({ level: 2 }).run() },
    { icon: 'bulletList', active: active.bulletList, run: () => chain().toggleBulletList().run() },
    { icon: 'orderedList', active: active.orderedList, run: () => chain().toggleOrderedList().run() },
    { icon: 'link', active: active.link, run: onToggleLinkForm },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(focusIndex, items.length);
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="peerloom-field__toolbar" role="toolbar" aria-label={labels.toolbar} onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <button
          key={item.icon}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className="peerloom-field__tool"
          aria-label={labels[item.icon]}
          title={labels[item.icon]}
          aria-pressed={item.active}
          {...(item.icon === 'link' ? { 'aria-expanded': linkFormOpen } : {})}
          tabIndex={index === focusIndex ? 0 : -1}
          onFocus={() => setFocusIndex(index)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={item.run}
        >
          <ToolbarIcon name={item.icon} />
        </button>
      ))}
    </div>
  );
}
