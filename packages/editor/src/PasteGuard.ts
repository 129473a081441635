import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { cleanPastedHtml } from './cleanPastedHtml.ts';
import { PASTE_LIMIT_CHARACTERS, PASTE_LIMIT_HTML_CHARACTERS } from './pasteLimits.ts';

export interface PasteGuardOptions {
  /** Called, instead of inserting anything, when a paste or drop brings more than the limit. */
  onRefused: (characters: number, limit: number) => void;
}

/**
 * Checks a paste or drop's size before ProseMirror parses it (a 5 MB paste is refused at once, the
 * field untouched), pastes huge HTML as plain text, and cleans the HTML it lets through.
 */
export const PasteGuard = Extension.create<PasteGuardOptions>({
  name: 'pasteGuard',

  addOptions() {
    return { onRefused: () => {} };
  },

  transformPastedHTML(html) {
    return cleanPastedHtml(html);
  },

  addProseMirrorPlugins() {
    const { onRefused } = this.options;
    const guard = (view: EditorView, data: DataTransfer | null, event: Event, pasting: boolean) => {
      if (!data) return false;
      const text = data.getData('text/plain');
      const html = data.getData('text/html');
      const characters = text.length || html.length;
      const htmlTooLarge = html.length > PASTE_LIMIT_HTML_CHARACTERS;
      if (text.length > PASTE_LIMIT_CHARACTERS || (htmlTooLarge && (!pasting || text === ''))) {
        event.preventDefault();
        onRefused(characters, PASTE_LIMIT_CHARACTERS);
        return true;
      }
      if (htmlTooLarge) {
        event.preventDefault();
        view.pasteText(text);
        return true;
      }
      return false;
    };
    return [
      new Plugin({
        key: new PluginKey('pasteGuard'),
        props: {
          handleDOMEvents: {
            paste: (view, event) => guard(view, event.clipboardData, event, true),
            drop: (view, event) => guard(view, event.dataTransfer, event, false),
          },
        },
      }),
    ];
  },
});
