import { Heading } from '@tiptap/extension-heading';

const RENDERED_TAG = { 1: 'h3', 2: 'h4' } as const;

/**
 * Two heading levels. The app titles each field with an `<h2>`, so a field's headings render as
 * `<h3>` and `<h4>` (marked with `data-level`, so that copying inside the app keeps the level); pasted
 * `<h1>` becomes a heading, `<h2>` to `<h6>` a subheading.
 */
export const FieldHeading = Heading.extend({
  parseHTML() {
    return [
      { tag: 'h3[data-level="1"]', attrs: { level: 1 }, priority: 60 },
      { tag: 'h4[data-level="2"]', attrs: { level: 2 }, priority: 60 },
      { tag: 'h1', attrs: { level: 1 } },
      ...['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => ({ tag, attrs: { level: 2 } })),
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const level = node.attrs.level === 1 ? 1 : 2;
    return [RENDERED_TAG[level], { ...HTMLAttributes, 'data-level': String(level) }, 0];
  },
}).configure({ levels: [1, 2] });
