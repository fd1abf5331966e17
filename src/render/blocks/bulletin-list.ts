import type { BulletinListBlock, TextRun } from '../model.js';
import { breakLines } from '../inline.js';
import { guardLines, lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, COLOR, SPACE, TEXT } from '../theme.js';

const INDENT = 16;
const MARK = 6;
const PAD_Y = 2.5;

/** The bulletins of the series, the one in hand in bold on a tint band with a blue marker. */
export function layoutBulletinList(b: BulletinListBlock, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const style = TEXT.body;
  const chunks: Chunk[] = [];
  if (b.intro) {
    const tag = [{ role: 'P' as const, id: ctx.nextId() }];
    chunks.push(...guardLines(lineChunks(breakLines(b.intro, style.font, style.size, BODY.width, m), style, BODY.x, m, tag)), { h: 4, items: [] });
  }
  const list: StructNode = { role: 'L', id: ctx.nextId() };
  for (const item of b.items) {
    const current = item.number === b.current;
    const runs: TextRun[] = [{ text: item.title, bold: current }];
    if (current && b.currentLabel) runs.push({ text: ` ${b.currentLabel}`, italic: true });
    const tag = [list, { role: 'LI' as const, id: ctx.nextId() }, { role: 'LBody' as const, id: ctx.nextId() }];
    const text = stack(lineChunks(breakLines(runs, 'regular', style.size, BODY.width - INDENT - 6, m), style, BODY.x + INDENT, m, tag));
    const h = text.h + 2 * PAD_Y;
    const markTop = PAD_Y + (style.leading - MARK) / 2;
    chunks.push({
      h,
      items: [
        ...(current ? [{ type: 'rect' as const, x: BODY.x, y: 0, w: BODY.width, h, fill: COLOR.tint }] : []),
        { type: 'rect', x: BODY.x + 5, y: markTop, w: MARK, h: MARK, fill: current ? COLOR.blue : COLOR.rule },
        ...stack([{ h: PAD_Y, items: [] }, text]).items,
      ],
    });
  }
  return { chunks, spaceBefore: SPACE.list, keepTogether: true };
}
