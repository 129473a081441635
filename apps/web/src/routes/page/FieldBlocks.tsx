import type { FieldBlock, TextRun } from '@peerloom/session-model';
import { memo, type ReactNode } from 'react';
import { safeHref } from './safeHref.ts';

function Run({ run }: { run: TextRun }) {
  if (run.kind === 'break') return <br />;
  let content: ReactNode = run.text;
  if (run.italic) content = <em>{content}</em>;
  if (run.bold) content = <strong>{content}</strong>;
  const href = safeHref(run.href);
  if (!href) return content;
  return (
    <a href={href} rel="noopener noreferrer nofollow">
      {content}
    </a>
  );
}

const Runs = ({ runs }: { runs: readonly TextRun[] }) => (
  <>
    {runs.map((run, index) => (
      // Runs have no identity of their own; their place is their key.
      // biome-ignore lint/suspicious/noArrayIndexKey: a run's position is its identity
      <Run key={index} run={run} />
    ))}
  </>
);

function Block({ block }: { block: FieldBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? (
        <h4 className="page-text-heading">
          <Runs runs={block.runs} />
        </h4>
      ) : (
        <h5 className="page-text-subheading">
          <Runs runs={block.runs} />
        </h5>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a list item's position is its identity
        <li key={index}>
          <FieldBlocks blocks={item.blocks} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'quote':
      return (
        <blockquote>
          <FieldBlocks blocks={block.blocks} />
        </blockquote>
      );
    default:
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
  }
}

/**
 * A field's rich text as React elements (never HTML strings): the page's and the HTML export's rendering. Memoised:
 * a field's blocks keep their identity until its document changes, so sixty groups typing redraw only their own text.
 */
export const FieldBlocks = memo(function FieldBlocks({ blocks }: { blocks: readonly FieldBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a block's position is its identity
        <Block key={index} block={block} />
      ))}
    </>
  );
});
