import { Link } from '@tiptap/extension-link';
import { Plugin, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';

const AUTOLINK_KEY = 'autolink$';
const ENDS_WITH_SPACE = /\s$/u;

/**
 * Whether the autolink rule could add a link after these transactions. It links the last word of a text block
 * when the typed text ends with a space, or when a block was split or several changed (Enter, a paste, a remote
 * change): plain characters typed or deleted inside one block never make a link, and are most keystrokes.
 */
export function mayAutolink(transactions: readonly Transaction[]): boolean {
  return transactions.some((transaction) =>
    transaction.steps.some((step) => {
      if (!(step instanceof ReplaceStep)) return true;
      const { content, openStart, openEnd } = step.slice;
      if (content.size === 0) return false;
      const only = content.childCount === 1 ? content.firstChild : null;
      if (!only?.isText || openStart !== 0 || openEnd !== 0) return true;
      return ENDS_WITH_SPACE.test(only.text ?? '');
    }),
  );
}

/**
 * Tiptap's link, whose autolink rule runs only when a transaction may make a link (see `mayAutolink`): the rule
 * compares the document, maps the changed ranges and reads their text on every change, inside each keystroke.
 */
export const TypingAutolink = Link.extend({
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map((plugin) => {
      const append = plugin.spec.appendTransaction;
      if ((plugin as unknown as { key: string }).key !== AUTOLINK_KEY || !append) return plugin;
      return new Plugin({
        ...plugin.spec,
        appendTransaction: (transactions, oldState, newState) =>
          mayAutolink(transactions) ? append.call(plugin, transactions, oldState, newState) : null,
      });
    });
  },
});
