import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { LongListProps } from './LongList.tsx';

/** The rows in view of a long list that scrolls in its own box (the facilitator's people), and a few around. */
export default function ScrollingRows({
  items,
  getKey,
  renderRow,
  estimatedHeight,
  className,
  testId,
}: LongListProps<unknown>) {
  const listRef = useRef<HTMLUListElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    estimateSize: () => estimatedHeight,
    overscan: 6,
    getScrollElement: () => listRef.current,
    getItemKey: (index) => getKey(items[index]),
  });
  return (
    <ul ref={listRef} className={className} data-testid={testId} style={{ position: 'relative' }}>
      {/* Holds the box's scroll height: the rows are placed absolutely. */}
      <li aria-hidden="true" style={{ height: virtualizer.getTotalSize(), listStyle: 'none' }} />
      {virtualizer.getVirtualItems().map((row) =>
        renderRow(items[row.index], {
          rowRef: virtualizer.measureElement,
          index: row.index,
          style: {
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            transform: `translateY(${row.start}px)`,
          },
        }),
      )}
    </ul>
  );
}
