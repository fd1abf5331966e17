import type { RichText } from '../model.js';
import { breakLines } from '../inline.js';
import { guardEntries, guardLines, lineChunks, textItem, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, COLOR, SPACE, TEXT } from '../theme.js';

const INDENT = 14;
const ITEM_GAP = 3;

/**
 * A bulleted (or numbered) list: blue bullets, text indented, items split between lines like
 * paragraphs; a page break leaves at least two items on the last page (guardEntries).
 */
export function layoutBullets(items: RichText[], ctx: LayoutContext, ordered = false): BlockLayout {
  const style = TEXT.body;
  const list: StructNode = { role: 'L', id: ctx.nextId() };
  const entries: Chunk[][] = [];
  items.forEach((text, i) => {
    const li: StructNode = { role: 'LI', id: ctx.nextId() };
    const lines = breakLines(text, style.font, style.size, BODY.width - INDENT, ctx.m);
    const body = guardLines(lineChunks(lines, style, BODY.x + INDENT, ctx.m, [list, li, { role: 'LBody', id: ctx.nextId() }]));
    const first = body[0];
    if (!first) return;
    const bullet = breakLines(ordered ? `${i + 1}.` : '•', 'bold', style.size, INDENT, ctx.m);
    const lbl = bullet[0];
    if (lbl) first.items.unshift({ ...textItem(lbl, { ...style, font: 'bold', color: COLOR.blue }, BODY.x + 2, 0, ctx.m, [list, li, { role: 'Lbl', id: ctx.nextId() }]) });
    if (i > 0) first.items = first.items.map((it) => ({ ...it, y: it.y + ITEM_GAP, ...(it.type === 'text' ? { baseline: it.baseline + ITEM_GAP } : {}) }));
    if (i > 0) first.h += ITEM_GAP;
    entries.push(body);
  });
  return { chunks: guardEntries(entries), spaceBefore: SPACE.list, keepTogether: false };
}
