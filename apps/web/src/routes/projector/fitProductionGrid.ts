/** Columns, rows and type size for the projector's wall of productions. */
export interface ProductionGridLayout {
  columns: number;
  rows: number;
  fontPx: number;
}

const GAP_PX = 14;
/** A card holds a title, a row of pills, a bar and a line of figures: about 5.6 lines at 1 em, ~13 em wide. */
const CARD_LINES_EM = 5.6;
const CARD_WIDTH_EM = 13;
const MAX_FONT_PX = 56;
const MIN_FONT_PX = 12;

/**
 * The grid that gives the largest type to `count` cards in `width` x `height`: few groups get big cards
 * side by side, sixty still fit one 1920x1080 screen.
 */
export function fitProductionGrid(count: number, width: number, height: number): ProductionGridLayout {
  if (count === 0 || width <= 0 || height <= 0) return { columns: 1, rows: 1, fontPx: MIN_FONT_PX };
  let best: ProductionGridLayout = { columns: 1, rows: count, fontPx: 0 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const cellWidth = (width - GAP_PX * (columns - 1)) / columns;
    const cellHeight = (height - GAP_PX * (rows - 1)) / rows;
    const fontPx = Math.min(MAX_FONT_PX, cellWidth / CARD_WIDTH_EM, cellHeight / CARD_LINES_EM);
    // A tie at the largest size goes to more columns: a few groups side by side, not long thin bands.
    if (fontPx >= best.fontPx) best = { columns, rows, fontPx };
  }
  return { ...best, fontPx: Math.max(MIN_FONT_PX, Math.floor(best.fontPx)) };
}
