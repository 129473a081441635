import { describe, expect, it } from 'vitest';
import { fitProductionGrid } from './fitProductionGrid.ts';

describe('fitProductionGrid', () => {
  it('puts a few groups side by side in large type', () => {
    const layout = fitProductionGrid(2, 1870, 720);
    expect(layout.columns).toBe(2);
    expect(layout.rows).toBe(1);
    expect(layout.fontPx).toBe(56);
  });

  it('fits sixty groups on one 1920x1080 projector with type still readable', () => {
    const layout = fitProductionGrid(60, 1870, 720);
    expect(layout.columns * layout.rows).toBeGreaterThanOrEqual(60);
    expect(layout.fontPx).toBeGreaterThanOrEqual(14);
    const cardHeight = (720 - 14 * (layout.rows - 1)) / layout.rows;
    expect(cardHeight).toBeGreaterThanOrEqual(layout.fontPx * 5.6);
  });

  it('has one cell per group at least, whatever the room', () => {
    for (const count of [1, 5, 13, 24, 37]) {
      const layout = fitProductionGrid(count, 1000, 500);
      expect(layout.columns * layout.rows).toBeGreaterThanOrEqual(count);
    }
  });
});
