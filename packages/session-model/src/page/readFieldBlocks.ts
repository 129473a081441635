import * as Y from 'yjs';
import type { FieldBlock, ListItemBlock, TextRun } from './FieldBlock.ts';

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

const hrefOf = (value: unknown): string | null => {
  if (!value || typeof value !== 'object') return null;
  const href = (value as { href?: unknown }).href;
  return typeof href === 'string' && href !== '' ? href : null;
};

function readRuns(children: readonly Node[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlText) {
      for (const part of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof part.insert !== 'string' || part.insert === '') continue;
        const attributes = part.attributes ?? {};
        runs.push(
          Object.freeze({
            kind: 'text' as const,
            text: part.insert,
            bold: attributes.bold !== undefined && attributes.bold !== null,
            italic: attributes.italic !== undefined && attributes.italic !== null,
            href: hrefOf(attributes.link),
          }),
        );
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
      runs.push(Object.freeze({ kind: 'break' as const }));
    } else if (child instanceof Y.XmlElement) {
      runs.push(...readRuns(child.toArray()));
    }
  }
  return runs;
}

function readItems(list: Y.XmlElement): ListItemBlock[] {
  return list
    .toArray()
    .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement)
    .map((item) => Object.freeze({ blocks: Object.freeze(readBlocks(item.toArray())) }));
}

function readBlocks(children: readonly Node[]): FieldBlock[] {
  const blocks: FieldBlock[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlText) {
      const runs = readRuns([child]);
      if (runs.length > 0)
        blocks.push(Object.freeze({ kind: 'paragraph' as const, runs: Object.freeze(runs) }));
      continue;
    }
    if (!(child instanceof Y.XmlElement)) continue;
    switch (child.nodeName) {
      case 'heading': {
        const level = Number(child.getAttribute('level')) === 1 ? 1 : 2;
        blocks.push(
          Object.freeze({ kind: 'heading' as const, level, runs: Object.freeze(readRuns(child.toArray())) }),
        );
        break;
      }
      case 'bulletList':
      case 'orderedList':
        blocks.push(
          Object.freeze({
            kind: 'list' as const,
            ordered: child.nodeName === 'orderedList',
            items: Object.freeze(readItems(child)),
          }),
        );
        break;
      case 'blockquote':
        blocks.push(
          Object.freeze({ kind: 'quote' as const, blocks: Object.freeze(readBlocks(child.toArray())) }),
        );
        break;
      case 'listItem':
        blocks.push(...readBlocks(child.toArray()));
        break;
      default:
        blocks.push(
          Object.freeze({ kind: 'paragraph' as const, runs: Object.freeze(readRuns(child.toArray())) }),
        );
    }
  }
  return blocks;
}

/** True when a block list holds no text at all (an empty field: the page leaves it out). */
export function isEmptyBlocks(blocks: readonly FieldBlock[]): boolean {
  return blocks.every((block) => {
    if (block.kind === 'list') return block.items.every((item) => isEmptyBlocks(item.blocks));
    if (block.kind === 'quote') return isEmptyBlocks(block.blocks);
    return block.runs.every((run) => run.kind === 'break' || run.text.trim() === '');
  });
}

/**
 * A field's rich text (the editor's schema: paragraphs, two heading levels, nested bullet and numbered lists,
 * quotes, hard breaks; bold, italic and links) as frozen plain blocks; unknown nodes read as paragraphs.
 */
export function readFieldBlocks(fragment: Y.XmlFragment): readonly FieldBlock[] {
  return Object.freeze(readBlocks(fragment.toArray()));
}
