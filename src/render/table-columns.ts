/**
 * The widths of a table's columns, as a designer sets them: each column at least as wide as its
 * longest word (so no word is ever cut), the room left shared by the columns' declared weights; and
 * whether a table is narrow enough for one column of the two-column grid. Pure: text is measured
 * with the function given (the page's measurer in layout, the charts' one when composing).
 */
import type { TableBlock } from './model.js';
import type { FontKey } from './fonts.js';
import { GRID, TEXT } from './theme.js';

/** Room a cell keeps on either side of its text. */
export const CELL_PAD = 4;

/** Width of `text` in points at the table's size, in `font`. */
export type MeasureCell = (text: string, font: FontKey) => number;

/** A table set in one grid column has at most this many rows (it is never split there)… */
const MAX_HALF_ROWS = 24;
/**
 * …and at most this many columns; every value on one line and a row's label (the first column) or
 * a header within two: a table wider than that spans the page.
 */
const MAX_HALF_COLUMNS = 3;
const MAX_CELL_LINES = 1;
const MAX_LABEL_LINES = 2;
const MAX_HEAD_LINES = 2;

/** The faces of a column's header and its cells. */
function faces(b: TableBlock, i: number): { head: FontKey; cell: FontKey } {
  return { head: TEXT.tableHead.font, cell: i === 0 && b.rowHeaders === true ? 'semibold' : TEXT.tableCell.font };
}

const words = (text: string): string[] => text.split(' ').filter((w) => w !== '');

/** How many lines `text` takes in `width`, broken at spaces as the layout breaks it (Infinity if a word is wider). */
function linesOf(text: string, font: FontKey, width: number, measure: MeasureCell): number {
  let lines = 0;
  let line = '';
  for (const w of words(text)) {
    if (measure(w, font) > width + 1e-6) return Number.POSITIVE_INFINITY;
    const next = line === '' ? w : `${line} ${w}`;
    if (line !== '' && measure(next, font) > width + 1e-6) {
      lines += 1;
      line = w;
    } else line = next;
  }
  return lines + (line === '' ? 0 : 1);
}

/**
 * The width each column needs to set every body cell on one line (its header may take two), padding
 * included.
 */
function naturalWidths(b: TableBlock, measure: MeasureCell): number[] {
  return b.columns.map((c, i) => {
    const f = faces(b, i);
    const head = Math.max(measure(c.header, f.head) / 2, ...words(c.header).map((w) => measure(w, f.head)));
    return Math.max(head, ...b.rows.map((r) => measure(r[i] ?? '', f.cell))) + 2 * CELL_PAD;
  });
}

/**
 * Widths of the columns of `b` in a table `width` wide: shared by the columns' weights; but when the
 * weights would wrap a cell that the width can hold on one line, every column gets what its cells
 * need and the room left is shared by the weights; and when some cell must wrap anyway, the width is
 * shared in proportion to what the cells need if that makes the table shorter.
 */
export function columnWidths(b: TableBlock, width: number, measure: MeasureCell): number[] {
  const weights = b.columns.map((c) => c.width ?? 1);
  const total = weights.reduce((a, c) => a + c, 0);
  const natural = naturalWidths(b, measure);
  const spare = width - natural.reduce((a, c) => a + c, 0);
  if (spare >= 0 && natural.some((n, i) => n > (width * (weights[i] ?? 1)) / total + 1e-6)) {
    return natural.map((n, i) => n + (spare * (weights[i] ?? 1)) / total);
  }
  const weighted = byWeights(b, width, weights.map((w) => (width * w) / total), measure);
  if (spare >= 0) return weighted;
  // Too long for one line a cell: the widths in proportion to what the columns' cells need, when that
  // sets the table in fewer lines (a long partner name beside a short province).
  const sum = natural.reduce((a, c) => a + c, 0);
  const shared = byWeights(b, width, natural.map((n) => (width * n) / sum), measure);
  return height(b, shared, measure) < height(b, weighted, measure) ? shared : weighted;
}

/** The table's body and header lines at these widths (the tallest cell of each row). */
function height(b: TableBlock, widths: readonly number[], measure: MeasureCell): number {
  const rowLines = (cells: readonly string[], head: boolean) =>
    Math.max(1, ...b.columns.map((_, i) => {
      const f = faces(b, i);
      return linesOf(cells[i] ?? '', head ? f.head : f.cell, (widths[i] ?? 0) - 2 * CELL_PAD, measure);
    }));
  return rowLines(b.columns.map((c) => c.header), true) + b.rows.reduce((a, r) => a + rowLines(r, false), 0);
}

/** `widths` widened where a column is narrower than its longest word, the room taken from the others' slack. */
function byWeights(b: TableBlock, width: number, widths: number[], measure: MeasureCell): number[] {
  const least = b.columns.map((c, i) => {
    const f = faces(b, i);
    const longest = (text: string, font: FontKey) => Math.max(0, ...words(text).map((w) => measure(w, font)));
    return Math.max(longest(c.header, f.head), ...b.rows.map((r) => longest(r[i] ?? '', f.cell))) + 2 * CELL_PAD;
  });
  const short = widths.reduce((a, w, i) => a + Math.max(0, (least[i] ?? 0) - w), 0);
  if (short <= 0) return widths;
  // Columns narrower than their longest word take what they lack from the others' slack, in proportion.
  const slack = widths.map((w, i) => Math.max(0, w - (least[i] ?? 0)));
  const room = slack.reduce((a, c) => a + c, 0);
  if (room < short) return widths;
  return widths.map((w, i) => Math.max(w, least[i] ?? 0) - ((slack[i] ?? 0) * short) / room);
}

/**
 * Whether `b` can sit in one grid column: few rows and columns, every value on one line of its
 * column, every label and header within two (a table wider than a column spans the page).
 */
export function fitsGridColumn(b: TableBlock, measure: MeasureCell): boolean {
  if (b.columns.length > MAX_HALF_COLUMNS || b.rows.length > MAX_HALF_ROWS) return false;
  const widths = columnWidths(b, GRID.column, measure);
  return b.columns.every((c, i) => {
    const inner = (widths[i] ?? 0) - 2 * CELL_PAD;
    const f = faces(b, i);
    const fits = (text: string, font: FontKey, most: number) => linesOf(text, font, inner, measure) <= most;
    return fits(c.header, f.head, MAX_HEAD_LINES) && b.rows.every((r) => fits(r[i] ?? '', f.cell, i === 0 ? MAX_LABEL_LINES : MAX_CELL_LINES));
  });
}
