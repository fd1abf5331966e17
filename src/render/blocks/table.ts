import type { TableBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { LayoutItem, StructNode } from '../page-layout.js';
import { BODY, COLOR, GRID, SPACE, TEXT, type TextStyle } from '../theme.js';
import { CELL_PAD, columnWidths } from '../table-columns.js';

const PAD_X = CELL_PAD;
const PAD_Y = 2.5;
/** A table breaks only with at least this many body rows on each side of the break. */
export const MIN_ROWS = 3;

/**
 * A table with light rules: header row in bold blue over a blue rule, rows over thin grey rules.
 * It splits between rows only, with at least MIN_ROWS body rows on either side; on the next page the caption with "(continued)" and the header row
 * are repeated (as artifacts: they were tagged once). The caption stays with the header and the
 * first row, the notes with the last row. Tagged Table › TR › TH (scope Column; Row for the first
 * cell of each row with `rowHeaders`) / TD; bookmarked at its caption.
 * With `half`, the table is set in the left column of the grid as one piece (the flow may move it
 * to the right column).
 */
export function layoutTable(b: TableBlock, ctx: LayoutContext, half = false): BlockLayout {
  const { m } = ctx;
  const table: StructNode = { role: 'Table', id: ctx.nextId() };
  const width = half ? GRID.column : BODY.width;
  const widths = columnWidths(b, width, (text, font) => m.width(text, font, TEXT.tableCell.size));
  const lefts = widths.map((_, i) => BODY.x + widths.slice(0, i).reduce((a, c) => a + c, 0));

  const row = (cells: string[], style: TextStyle, head: boolean, rule: { color: string; lineWidth: number }): Chunk => {
    const tr: StructNode = { role: 'TR', id: ctx.nextId() };
    const items: LayoutItem[] = [];
    let h = 0;
    b.columns.forEach((col, i) => {
      const inner = (widths[i] ?? 0) - 2 * PAD_X;
      const rowHead = !head && i === 0 && b.rowHeaders === true;
      const cellStyle = rowHead ? { ...style, font: 'semibold' as const } : style;
      const lines = breakLines(cells[i] ?? '', cellStyle.font, cellStyle.size, inner, m);
      const cellNode: StructNode = head ? { role: 'TH', id: ctx.nextId(), scope: 'Column' } : rowHead ? { role: 'TH', id: ctx.nextId(), scope: 'Row' } : { role: 'TD', id: ctx.nextId() };
      const cell = stack(lineChunks(lines, cellStyle, 0, m, [table, tr, cellNode]));
      for (const it of cell.items) {
        if (it.type !== 'text') continue;
        const left = (lefts[i] ?? 0) + PAD_X;
        const dx = col.align === 'right' ? inner - it.w : col.align === 'center' ? (inner - it.w) / 2 : 0;
        const x = left + dx;
        items.push({ ...it, x, y: it.y + PAD_Y, baseline: it.baseline + PAD_Y, spans: it.spans.map((s) => ({ ...s, x: s.x + x })) });
      }
      h = Math.max(h, cell.h);
    });
    h += 2 * PAD_Y;
    items.push({ type: 'rule', x: BODY.x, y: h, w: width, h: 0, ...rule });
    return { h, items };
  };

  const captionOf = (text: string, tag: StructNode[]) => [
    ...lineChunks(breakLines(text, TEXT.caption.font, TEXT.caption.size, width, m), TEXT.caption, BODY.x, m, tag),
    { h: 4, items: [] },
  ];
  const header = row(b.columns.map((c) => c.header), TEXT.tableHead, true, { color: COLOR.blue, lineWidth: 1 });
  // Repeated on the next page: the caption marked "(continued)", then the header row (untagged there).
  const repeat = b.caption ? stack([...captionOf(b.continued ? `${b.caption} ${b.continued}` : b.caption, []), header]) : header;
  const body = b.rows.map((r) => ({ ...row(r, TEXT.tableCell, false, { color: COLOR.rule, lineWidth: 0.5 }), repeat }));
  const caption = b.caption ? captionOf(b.caption, [table, { role: 'Caption', id: ctx.nextId() }]) : [];
  const notes = [b.source ?? '', ...(b.notes ?? [])].filter((t) => t !== '').flatMap((t) =>
    lineChunks(breakLines(t, TEXT.note.font, TEXT.note.size, width, m), TEXT.note, BODY.x, m, [{ role: 'P', id: ctx.nextId() }]),
  );
  const notesChunk = notes.length ? [stack([{ h: 5, items: [] }, ...notes])] : [];
  if (half) {
    const whole = stack([...caption, header, ...body, ...notesChunk]);
    if (b.caption) whole.outline = [{ title: b.caption, level: 3, dy: 0 }];
    return { chunks: [whole], spaceBefore: SPACE.figure, keepTogether: true, half: true };
  }
  // Orphans and widows: a table breaks only with at least MIN_ROWS body rows on either side of the
  // break (the caption and header stay with the first ones, the notes with the last ones); a shorter
  // table moves whole.
  const chunks: Chunk[] = [];
  const headRows = body.length < 2 * MIN_ROWS ? body.length : MIN_ROWS;
  const head = stack([...caption, header, ...body.slice(0, headRows)]);
  if (b.caption) head.outline = [{ title: b.caption, level: 3, dy: 0 }];
  const rest = body.slice(headRows);
  if (rest.length === 0) chunks.push(stack([head, ...notesChunk]));
  else {
    chunks.push(head, ...rest.slice(0, -MIN_ROWS));
    chunks.push({ ...stack([...rest.slice(-MIN_ROWS), ...notesChunk]), repeat });
  }
  if (chunks.length === 1) return { chunks, spaceBefore: SPACE.figure, keepTogether: true };
  return { chunks, spaceBefore: SPACE.figure, keepTogether: false };
}
