import type { TableBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { LayoutItem, StructNode } from '../page-layout.js';
import { BODY, COLOR, SPACE, TEXT, type TextStyle } from '../theme.js';

const PAD_X = 4;
const PAD_Y = 3.5;

/**
 * A table with light rules: header row in bold blue over a blue rule, rows over thin grey rules.
 * It splits between rows only, repeating the header row on the next page; the caption stays with
 * the header and the first row, the notes with the last row.
 */
export function layoutTable(b: TableBlock, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const table: StructNode = { role: 'Table', id: ctx.nextId() };
  const weights = b.columns.map((c) => c.width ?? 1);
  const total = weights.reduce((a, c) => a + c, 0);
  const widths = weights.map((w) => (BODY.width * w) / total);
  const lefts = widths.map((_, i) => BODY.x + widths.slice(0, i).reduce((a, c) => a + c, 0));

  const row = (cells: string[], style: TextStyle, role: 'TH' | 'TD', rule: { color: string; lineWidth: number }): Chunk => {
    const tr: StructNode = { role: 'TR', id: ctx.nextId() };
    const items: LayoutItem[] = [];
    let h = 0;
    b.columns.forEach((col, i) => {
      const inner = (widths[i] ?? 0) - 2 * PAD_X;
      const lines = breakLines(cells[i] ?? '', style.font, style.size, inner, m);
      const tag = [table, tr, { role, id: ctx.nextId() }];
      const cell = stack(lineChunks(lines, style, 0, m, tag));
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
    items.push({ type: 'rule', x: BODY.x, y: h, w: BODY.width, h: 0, ...rule });
    return { h, items };
  };

  const header = row(b.columns.map((c) => c.header), TEXT.tableHead, 'TH', { color: COLOR.blue, lineWidth: 1 });
  const body = b.rows.map((r) => ({ ...row(r, TEXT.tableCell, 'TD', { color: COLOR.rule, lineWidth: 0.5 }), repeat: header }));
  const caption = b.caption
    ? [...lineChunks(breakLines(b.caption, TEXT.caption.font, TEXT.caption.size, BODY.width, m), TEXT.caption, BODY.x, m, [table, { role: 'Caption', id: ctx.nextId() }]), { h: 4, items: [] }]
    : [];
  const notes = [b.source ?? '', ...(b.notes ?? [])].filter((t) => t !== '').flatMap((t) =>
    lineChunks(breakLines(t, TEXT.note.font, TEXT.note.size, BODY.width, m), TEXT.note, BODY.x, m, [{ role: 'P', id: ctx.nextId() }]),
  );
  const notesChunk = notes.length ? [stack([{ h: 5, items: [] }, ...notes])] : [];
  const [first, ...rest] = body;
  const chunks: Chunk[] = [];
  const head = stack([...caption, header, ...(first ? [first] : [])]);
  if (!first) chunks.push(stack([head, ...notesChunk]));
  else if (rest.length === 0) chunks.push(stack([head, ...notesChunk]));
  else {
    chunks.push(head, ...rest.slice(0, -1));
    const last = rest[rest.length - 1];
    if (last) chunks.push({ ...stack([last, ...notesChunk]), repeat: header });
  }
  return { chunks, spaceBefore: SPACE.figure, keepTogether: false };
}
