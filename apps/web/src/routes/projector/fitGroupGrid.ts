/** What a grid of group cards must hold, and the room it has, in CSS pixels. */
export interface GroupGridInput {
  groups: number;
  /** Members of the largest group: one line each. */
  maxMembers: number;
  /** Whether cards carry a label line ("why grouped"). */
  labelled: boolean;
  /** Characters of the longest line a card shows (longer ones are cut with an ellipsis). */
  longestLine: number;
  width: number;
  height: number;
}

export interface GroupGridLayout {
  columns: number;
  rows: number;
  /** Font size of member names; the card's name and label scale with it. */
  fontPx: number;
  /** Even the smallest readable text does not fit: the grid must scroll rather than cut names off. */
  overflows: boolean;
}

export const MAX_FONT_PX = 48;
export const MIN_FONT_PX = 10;
/** Space between cards. */
export const GRID_GAP_PX = 14;
/** Lines longer than this are cut rather than shrinking every card for one long name. */
const LINE_CHARS_CAP = 22;
/** Average glyph width of the projector font, in em. */
const GLYPH_EM = 0.56;

/**
 * A card's height in em, as projector.css draws it: 0.5em padding above and below, the name at 1.15em
 * (line height 1.15) and 0.1em under it, an optional label at 0.85em (line height 1.25), members at line
 * height 1.2, and 0.2em for borders and rounding.
 */
export const cardHeightEm = (maxMembers: number, labelled: boolean) =>
  1 + 1.15 * 1.15 + 0.1 + (labelled ? 0.85 * 1.25 : 0) + 0.2 + maxMembers * 1.2;
/** Padding of 0.7em on each side, plus the longest line. */
const cardWidthEm = (longestLine: number) =>
  1.4 + Math.min(Math.max(longestLine, 8), LINE_CHARS_CAP) * GLYPH_EM;

/** Picks the column count that lets the text be largest while every card fits, with no scrolling. */
export function fitGroupGrid(input: GroupGridInput): GroupGridLayout {
  const count = Math.max(1, input.groups);
  const heightEm = cardHeightEm(input.maxMembers, input.labelled);
  const widthEm = cardWidthEm(input.longestLine);
  let best = { columns: 1, rows: count, fontPx: 0 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    if (columns > 1 && Math.ceil(count / (columns - 1)) === rows) continue;
    const cellWidth = (input.width - (columns - 1) * GRID_GAP_PX) / columns;
    const cellHeight = (input.height - (rows - 1) * GRID_GAP_PX) / rows;
    const fontPx = Math.min(cellWidth / widthEm, cellHeight / heightEm, MAX_FONT_PX);
    if (fontPx > best.fontPx) best = { columns, rows, fontPx };
  }
  return {
    ...best,
    fontPx: Math.max(MIN_FONT_PX, Math.floor(best.fontPx)),
    overflows: best.fontPx < MIN_FONT_PX,
  };
}
