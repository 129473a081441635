import * as Y from 'yjs';

/** The plain text of a field, blocks separated by newlines (formatting left out). */
export function readFragmentText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const blocks: string[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) {
      blocks.push(
        (child.toDelta() as { insert: unknown }[])
          .map((part) => (typeof part.insert === 'string' ? part.insert : ''))
          .join(''),
      );
    } else if (child instanceof Y.XmlElement) {
      blocks.push(readFragmentText(child));
    }
  }
  return blocks.join('\n');
}

/** Words in a text: runs of letters or digits, so punctuation and emoji alone do not count. */
export const countWords = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
