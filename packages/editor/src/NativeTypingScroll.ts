import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Leaves scrolling to the browser for plain typed characters. The browser inserts a typed character itself and
 * keeps the caret in view as it does; ProseMirror would then measure the caret again (a forced layout, on every
 * keystroke) to scroll to where the view already is. Anything ProseMirror does itself (Enter, a list, a paste,
 * an IME composition) still scrolls through ProseMirror.
 */
export const NativeTypingScroll = Extension.create({
  name: 'nativeTypingScroll',

  addProseMirrorPlugins() {
    let typedByBrowser = false;
    return [
      new Plugin({
        key: new PluginKey('nativeTypingScroll'),
        props: {
          handleKeyDown: () => {
            typedByBrowser = false;
            return false;
          },
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              typedByBrowser = (event as InputEvent).inputType === 'insertText';
              return false;
            },
          },
          handleScrollToSelection: () => {
            if (!typedByBrowser) return false;
            typedByBrowser = false;
            return true;
          },
        },
      }),
    ];
  },
});
