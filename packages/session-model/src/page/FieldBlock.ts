/** A run of text with its formatting, or a hard line break inside a block. */
export type TextRun =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly bold: boolean;
      readonly italic: boolean;
      /** The link's address, or null. */
      readonly href: string | null;
    }
  | { readonly kind: 'break' };

/** One list item: its blocks (a paragraph, then possibly a nested list). */
export interface ListItemBlock {
  readonly blocks: readonly FieldBlock[];
}

/** A field's rich text as plain data, for the page (React elements) and the exports (HTML, Markdown). */
export type FieldBlock =
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRun[] }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly runs: readonly TextRun[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItemBlock[] }
  | { readonly kind: 'quote'; readonly blocks: readonly FieldBlock[] };
