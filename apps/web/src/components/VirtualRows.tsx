import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { LongListProps } from './LongList.tsx';

const GAP_PX = 12;

/** The rows of a long list that are in view (and a few around), placed where the whole list would put them. */
export default function VirtualRows({
  items,
  getKey,
  renderRow,
  minColumnWidth,
  estimatedHeight,
  className,
  testId,
  ordered,
  ariaLabel,
}: LongListProps<unknown>) {
  const listRef = useRef<HTMLOListElement & HTMLUListElement>(null);
  const List = ordered ? 'ol' : 'ul';
  const [layout, setLayout] = useState({ top: 0, columns: 1 });
  const measure = () => {
    const list = listRef.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top + window.scrollY;
    const columns = minColumnWidth
      ? Math.max(1, Math.floor((list.clientWidth + GAP_PX) / (minColumnWidth + GAP_PX)))
      : 1;
    setLayout((current) => (current.top === top && current.columns === columns ? current : { top, columns }));
  };
  const latestMeasure = useRef(measure);
  latestMeasure.current = measure;
  // The list moves when what is above it grows or shrinks (a form opens): the page's size changes then too.
  // Resize callbacks come after layout, so reading the list's place there forces none.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    latestMeasure.current();
    const observer = new ResizeObserver(() => latestMeasure.current());
    observer.observe(list);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimatedHeight,
    overscan: 6,
    gap: GAP_PX,
    lanes: layout.columns,
    scrollMargin: layout.top,
    getItemKey: (index) => getKey(items[index]),
  });
  const width = `calc((100% - ${(layout.columns - 1) * GAP_PX}px) / ${layout.columns})`;
  return (
    <List
      ref={listRef}
      className={className}
      data-testid={testId}
      aria-label={ariaLabel}
      style={{ display: 'block', position: 'relative', height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) =>
        renderRow(items[row.index], {
          rowRef: virtualizer.measureElement,
          index: row.index,
          style: {
            position: 'absolute',
            top: 0,
            left: `calc(${row.lane} * (${width} + ${GAP_PX}px))`,
            width,
            transform: `translateY(${row.start - layout.top}px)`,
          },
        }),
      )}
    </List>
  );
}
