import type { PublisherBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext } from '../chunk.js';
import { BODY, SPACE, TEXT } from '../theme.js';
import { LOGO_H, logoRow } from '../cover.js';

const COLUMN_GAP = 18;

/** The publisher block: the back cover's logos (if any), a blue title, the offices' addresses side by side (up to three columns), the rights line. */
export function layoutPublisher(b: PublisherBlock, index: number, ctx: LayoutContext): BlockLayout {
  const { m } = ctx;
  const logos: Chunk[] = b.logos?.length ? [{ h: LOGO_H + 10, items: logoRow(b.logos, index, BODY.x, 0, ctx, 'left') }] : [];
  const title = lineChunks(breakLines(b.title, TEXT.publisherTitle.font, TEXT.publisherTitle.size, BODY.width, m), TEXT.publisherTitle, BODY.x, m, [
    { role: 'H2', id: ctx.nextId() },
  ]);
  const cols = Math.max(1, Math.min(3, b.groups.length));
  const colW = (BODY.width - COLUMN_GAP * (cols - 1)) / cols;
  const rows: Chunk[] = [];
  for (let i = 0; i < b.groups.length; i += cols) {
    const cells = b.groups.slice(i, i + cols).map((g, j) => {
      const tag = [{ role: 'P' as const, id: ctx.nextId() }];
      const x = BODY.x + j * (colW + COLUMN_GAP);
      return stack(g.flatMap((line) => lineChunks(breakLines(line, TEXT.publisher.font, TEXT.publisher.size, colW, m), TEXT.publisher, x, m, tag)));
    });
    rows.push({ h: Math.max(...cells.map((c) => c.h)) + 8, items: cells.flatMap((c) => c.items) });
  }
  const rights = (b.rights ?? []).flatMap((r) => [
    ...lineChunks(breakLines(r, TEXT.small.font, TEXT.small.size, BODY.width, m), TEXT.small, BODY.x, m, [{ role: 'P', id: ctx.nextId() }]),
    { h: 3, items: [] },
  ]);
  return { chunks: [stack([...logos, ...title, { h: 4, items: [] }, ...rows, ...rights])], spaceBefore: SPACE.box, keepTogether: true, foot: true };
}
