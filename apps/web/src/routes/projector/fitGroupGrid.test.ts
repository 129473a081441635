import { describe, expect, it } from 'vitest';
import { cardHeightEm, fitGroupGrid, GRID_GAP_PX } from './fitGroupGrid.ts';

/** The grid's room on a 1920x1080 projector, below the header and the title line. */
const PROJECTOR = { width: 1920 - 48, height: 1080 - 190 };

describe('fitGroupGrid', () => {
  it('shows 8 groups of 5 in large type, readable from the back of a room', () => {
    const layout = fitGroupGrid({ groups: 8, maxMembers: 5, labelled: true, longestLine: 16, ...PROJECTOR });
    expect(layout.columns * layout.rows).toBeGreaterThanOrEqual(8);
    expect(layout.fontPx).toBeGreaterThanOrEqual(30);
  });

  it('fits 60 groups of 5 on one 1920x1080 screen without scrolling', () => {
    const layout = fitGroupGrid({ groups: 60, maxMembers: 5, labelled: true, longestLine: 18, ...PROJECTOR });
    expect(layout.columns * layout.rows).toBeGreaterThanOrEqual(60);
    const height = layout.rows * cardHeightEm(5, true) * layout.fontPx + (layout.rows - 1) * GRID_GAP_PX;
    expect(height).toBeLessThanOrEqual(PROJECTOR.height);
    expect(layout.fontPx).toBeGreaterThanOrEqual(13);
    expect(layout.overflows).toBe(false);
  });

  it('says when even the smallest text cannot fit, so the grid scrolls instead of cutting names off', () => {
    const small = { width: 1024 - 48, height: 768 - 170 };
    const layout = fitGroupGrid({ groups: 60, maxMembers: 5, labelled: true, longestLine: 16, ...small });
    expect(layout.overflows).toBe(true);
    expect(layout.fontPx).toBe(10);
  });

  it('gives fewer groups larger text', () => {
    const sizes = [4, 8, 16, 30, 60].map(
      (groups) =>
        fitGroupGrid({ groups, maxMembers: 5, labelled: false, longestLine: 12, ...PROJECTOR }).fontPx,
    );
    for (let index = 1; index < sizes.length; index++) {
      expect(sizes[index]).toBeLessThanOrEqual(sizes[index - 1] ?? 0);
    }
  });
});
