import { type CSSProperties, lazy, type ReactNode, type Ref, Suspense } from 'react';

/** What a row of a `LongList` receives to be placed and measured when the list is virtual. */
export interface RowProps {
  rowRef?: Ref<HTMLLIElement>;
  index?: number;
  style?: CSSProperties;
}

export interface LongListProps<Item> {
  items: readonly Item[];
  getKey: (item: Item) => string;
  renderRow: (item: Item, row: RowProps) => ReactNode;
  /** Rows side by side (the projector's wall): the narrowest a column may be, in px. */
  minColumnWidth?: number;
  /** A row's height before it is measured, in px. */
  estimatedHeight: number;
  className?: string;
  testId?: string;
  /** The list scrolls in its own box (a CSS max-height), not with the page. */
  scrollsItself?: boolean;
  /** An `ol` rather than a `ul` (the order means something: numbered groups). */
  ordered?: boolean;
  ariaLabel?: string;
  /** From how many rows on only the visible ones render (default 40); rows that are heavy to render want fewer. */
  virtualFrom?: number;
}

/** Lists longer than this render only the rows in view (the virtualiser is loaded then, off the first download). */
const VIRTUAL_FROM = 40;
const VirtualRows = lazy(() => import('./VirtualRows.tsx'));
const ScrollingRows = lazy(() => import('./ScrollingRows.tsx'));

/** A list of rows that stays cheap at 300 rows: only the visible ones are in the DOM once it is long. */
export function LongList<Item>(props: LongListProps<Item>) {
  const List = props.ordered ? 'ol' : 'ul';
  const plain = (
    <List className={props.className} data-testid={props.testId} aria-label={props.ariaLabel}>
      {props.items.map((item) => props.renderRow(item, {}))}
    </List>
  );
  if (props.items.length < (props.virtualFrom ?? VIRTUAL_FROM)) return plain;
  return (
    <Suspense fallback={plain}>
      {props.scrollsItself ? (
        <ScrollingRows {...(props as LongListProps<unknown>)} />
      ) : (
        <VirtualRows {...(props as LongListProps<unknown>)} />
      )}
    </Suspense>
  );
}
