import type { TocBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, textItem, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, COLOR, SPACE, TEXT } from '../theme.js';

/** A line of the contents: the heading's text, its page and the destination it links to. */
export interface TocEntry {
  title: string;
  page: number;
  dest: string;
}

const STYLE = { ...TEXT.body, font: 'semibold' as const, size: 10, leading: 13 };
const ROW_PAD = 3;
/** The page-number column: wide enough for three digits, so a first pass with placeholders takes the same room. */
const NUMBER_W = 28;

/**
 * The table of contents: its title (H1, not itself listed), then one line per entry: the text at
 * the left, the page number at the right, a light rule under it; the whole line links to the
 * heading. Tagged TOC › TOCI › P. The height does not depend on the page numbers, so the layout can
 * lay the document out once with placeholders and again with the real numbers.
 */
export function layoutToc(b: TocBlock, entries: readonly TocEntry[], ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const title = stack([
    ...lineChunks(breakLines(b.title, TEXT.h2.font, TEXT.h2.size, BODY.width, m), TEXT.h2, BODY.x, m, [{ role: 'H1', id: ctx.nextId() }]),
    { h: 6, items: [] },
  ]);
  title.keepWithNext = true;
  const toc: StructNode = { role: 'TOC', id: ctx.nextId() };
  const rows: Chunk[] = entries.map((e) => {
    const tag = [toc, { role: 'TOCI' as const, id: ctx.nextId() }, { role: 'P' as const, id: ctx.nextId() }];
    const text = stack(lineChunks(breakLines(e.title, STYLE.font, STYLE.size, BODY.width - NUMBER_W - 8, m), STYLE, BODY.x, m, tag));
    const [num] = breakLines(String(e.page), 'semibold', STYLE.size, NUMBER_W, m);
    const h = text.h + 2 * ROW_PAD;
    const items: Chunk['items'] = [...stack([{ h: ROW_PAD, items: [] }, text]).items];
    if (num) items.push(textItem(num, { ...STYLE, color: COLOR.blue }, BODY.x + BODY.width - num.width, ROW_PAD, m, tag));
    items.push({ type: 'rule', x: BODY.x, y: h, w: BODY.width, h: 0, color: COLOR.rule, lineWidth: 0.5 });
    items.push({ type: 'link', x: BODY.x, y: 0, w: BODY.width, h, dest: e.dest });
    return { h, items };
  });
  return { chunks: [stack([title, ...rows])], spaceBefore: SPACE.h1Before, keepTogether: true };
}
