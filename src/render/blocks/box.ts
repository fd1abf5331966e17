import type { BoxBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, COLOR, SPACE, TEXT } from '../theme.js';

const PAD = 12;
const BAR = 3;
const KEY_SHARE = 0.34;
/** Lines of the box kept together on either side of a page break. */
const GUARD = 3;

/**
 * The light blue tint box (methodology): title, paragraphs, key/value rows. Every chunk paints its
 * own slice of the tint, so the box splits cleanly between its lines where the page ends (at least
 * GUARD lines on each side), rather than move whole and leave the page it follows half empty.
 */
export function layoutBox(b: BoxBlock, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const x = BODY.x + BAR + PAD;
  const width = BODY.width - BAR - 2 * PAD;
  const div: StructNode = { role: 'Div', id: ctx.nextId() };
  const inner: Chunk[] = [{ h: PAD, items: [] }];
  if (b.title) {
    const tag = [div, { role: 'H2' as const, id: ctx.nextId() }];
    inner.push(stack([...lineChunks(breakLines(b.title, TEXT.boxTitle.font, TEXT.boxTitle.size, width, m), TEXT.boxTitle, x, m, tag), { h: 4, items: [] }]));
  }
  for (const p of b.paragraphs ?? []) {
    const tag = [div, { role: 'P' as const, id: ctx.nextId() }];
    const style = { ...TEXT.body, size: 9.5, leading: 13 };
    inner.push(...lineChunks(breakLines(p, style.font, style.size, width, m), style, x, m, tag), { h: 4, items: [] });
  }
  const keyW = Math.round(width * KEY_SHARE);
  // The key/value rows are a table: the key a row header (TH, scope Row), the value a cell.
  const table: StructNode = { role: 'Table', id: ctx.nextId() };
  for (const [i, row] of (b.rows ?? []).entries()) {
    const tr: StructNode = { role: 'TR', id: ctx.nextId() };
    const keys = lineChunks(breakLines(row.key, TEXT.boxKey.font, TEXT.boxKey.size, keyW - 8, m), TEXT.boxKey, x, m, [div, table, tr, { role: 'TH', id: ctx.nextId(), scope: 'Row' }]);
    const vals = lineChunks(breakLines(row.value, TEXT.boxValue.font, TEXT.boxValue.size, width - keyW, m), TEXT.boxValue, x + keyW, m, [div, table, tr, { role: 'TD', id: ctx.nextId() }]);
    const k = stack(keys);
    const v = stack(vals);
    const top = i > 0 ? 4 : 2;
    const rule = i > 0 ? [{ type: 'rule' as const, x, y: 0, w: width, h: 0, color: COLOR.white, lineWidth: 0.75 }] : [];
    inner.push({ h: top + Math.max(k.h, v.h), items: [...rule, ...stack([{ h: top, items: [] }, { h: k.h, items: [...k.items, ...v.items] }]).items] });
  }
  inner.push({ h: PAD - 4, items: [] });
  const chunks = inner.map((c): Chunk => ({
    ...c,
    items: [
      { type: 'rect', x: BODY.x, y: 0, w: BODY.width, h: c.h, fill: COLOR.tint },
      { type: 'rect', x: BODY.x, y: 0, w: BAR, h: c.h, fill: COLOR.blue },
      ...c.items,
    ],
  }));
  // It may break across pages rather than leave the rest of one empty, but never with fewer than
  // GUARD lines (its title counting as one) on either side of the break. Its key/value rows are a
  // table: never split (they would open the next page headless), so the box breaks before them
  // (between its text and its table) or inside its text, GUARD lines from either end of it.
  const rowsAt = chunks.length - 1 - (b.rows ?? []).length;
  const text = chunks.slice(0, rowsAt);
  const tail = stack(chunks.slice(rowsAt));
  const n = text.length;
  // on the next page the box opens again with a slice of its padding
  const top = (chunks[0] as Chunk).items.filter((it) => it.type === 'rect').map((it) => ({ ...it, h: PAD / 2 }));
  const repeat: Chunk = { h: PAD / 2, items: top };
  const whole: BlockLayout = { chunks: [stack(chunks)], spaceBefore: SPACE.box, keepTogether: true };
  if (rowsAt === chunks.length - 1) {
    if (n + 1 < 2 * GUARD + 2) return whole;
    const rest = [...text.slice(GUARD + 1, n - GUARD), stack([...text.slice(n - GUARD), tail])].map((c) => ({ ...c, repeat }));
    return { chunks: [stack(text.slice(0, GUARD + 1)), ...rest], spaceBefore: SPACE.box, keepTogether: false };
  }
  if (n < GUARD + 1) return whole;
  const body = n >= 2 * GUARD + 2 ? [stack(text.slice(0, GUARD + 1)), ...text.slice(GUARD + 1, n - GUARD - 1), stack(text.slice(n - GUARD - 1))] : [stack(text)];
  const [first, ...rest] = [...body, tail];
  return { chunks: [first as Chunk, ...rest.map((c) => ({ ...c, repeat }))], spaceBefore: SPACE.box, keepTogether: false };
}
