import type { FigureBlock } from '../model.js';
import { breakLines } from '../inline.js';
import { lineChunks, stack, type BlockLayout, type Chunk, type LayoutContext, type Shrink } from '../chunk.js';
import type { StructNode } from '../page-layout.js';
import { BODY, GRID, SPACE, TEXT } from '../theme.js';
import { textFloor } from '../chart-text.js';

const GAP_ABOVE = 6;
const GAP_BELOW = 5;
/**
 * A figure that does not fit the rest of a page may be drawn smaller, down to this share of its
 * natural size, rather than leave a gap and move to the next page.
 */
const MIN_SHRINK = 0.8;
/** …down to this share when that saves a page (the layout is tried again with it, see layoutDocument)… */
const MIN_SHRINK_TIGHT = 0.7;
/**
 * …and down to this share when moving it would leave the page less than half full. Never, in any
 * case, so small that the figure's text falls below MIN_CHART_TEXT (chart-text.ts): the floor is
 * set by the text size, so a figure already drawn smaller than natural to fit the column shrinks less.
 */
const MIN_SHRINK_HARD = 0.62;
const MIN_SHARE: Record<Shrink, number> = { soft: MIN_SHRINK, tight: MIN_SHRINK_TIGHT, hard: MIN_SHRINK_HARD };

/** A figure's parts that do not scale: caption, notes, and their structure ids. */
interface FigureFrame {
  b: FigureBlock;
  index: number;
  x: number;
  width: number;
  tag: StructNode;
  caption: Chunk[];
  notes: Chunk[];
  /** Height of everything but the drawing. */
  fixed: number;
  /** The natural scale: fits the column width and the page, never enlarges; times `ctx.figureScale`, not below `floor`. */
  scale: number;
  /** The scale the shrink allowances are shares of: `scale` before `ctx.figureScale`. */
  natural: number;
  /** The least scale at which the figure's text stays legible (MIN_CHART_TEXT). */
  floor: number;
}

function frame(b: FigureBlock, index: number, x: number, width: number, ctx: LayoutContext): FigureFrame {
  const { m } = ctx;
  const tag: StructNode = { role: 'Figure', id: ctx.nextId(), alt: b.alt ?? b.caption };
  const caption = lineChunks(breakLines(b.caption, TEXT.caption.font, TEXT.caption.size, width, m), TEXT.caption, x, m, [{ role: 'Caption', id: ctx.nextId() }]);
  const sourceLine = b.base ? `${b.source}  ·  ${b.base}` : b.source;
  const notes = [sourceLine, ...b.notes].filter((t) => t !== '').flatMap((t) =>
    lineChunks(breakLines(t, TEXT.note.font, TEXT.note.size, width, m), TEXT.note, x, m, [{ role: 'P', id: ctx.nextId() }]),
  );
  const fixed = [...caption, ...notes].reduce((s, c) => s + c.h, 0) + GAP_ABOVE + GAP_BELOW;
  const natural = Math.min(1, width / b.width, (BODY.height - fixed) / b.height);
  const floor = Math.min(natural, textFloor(b));
  const scale = Math.max(floor, natural * Math.min(1, ctx.figureScale ?? 1));
  return { b, index, x, width, tag, caption, notes, fixed, scale, natural, floor };
}

/** Caption above (bold), the SVG at `scale` centred in the column, then source, base and notes (small grey). */
function draw(f: FigureFrame, scale: number): Chunk {
  const w = f.b.width * scale;
  const h = f.b.height * scale;
  const art: Chunk = { h, items: [{ type: 'svg', x: f.x + (f.width - w) / 2, y: 0, w, h, block: f.index, tag: [f.tag] }] };
  const out = stack([...f.caption, { h: GAP_ABOVE, items: [] }, art, { h: GAP_BELOW, items: [] }, ...f.notes]);
  out.outline = [{ title: f.b.caption, level: 3, dy: 0 }];
  return out;
}

/** The least scale the figure may be drawn at with this allowance: a share of natural, never below the text floor. */
const least = (f: FigureFrame, shrink: Shrink) => Math.min(f.scale, Math.max(f.floor, f.natural * MIN_SHARE[shrink]));

/** The scale at which the figure fits `height`, or null if that is too much smaller than natural. */
function scaleFor(f: FigureFrame, height: number, shrink: Shrink = 'soft'): number | null {
  const s = Math.min(f.scale, (height - f.fixed) / f.b.height);
  return s >= least(f, shrink) - 1e-9 ? s : null;
}

const minHeight = (f: FigureFrame) => f.fixed + f.b.height * least(f, 'soft');

/**
 * A full-width figure, or (`half`) a half-width one in the left column of the grid (the flow may
 * move it to the right one); never split; shrinks a little rather than leave a gap (see MIN_SHRINK).
 */
export function layoutFigure(b: FigureBlock, index: number, ctx: LayoutContext, half = false): BlockLayout {
  const f = frame(b, index, BODY.x, half ? GRID.column : BODY.width, ctx);
  return {
    chunks: [draw(f, f.scale)],
    spaceBefore: SPACE.figure,
    keepTogether: true,
    ...(half ? { half: true } : {}),
    minHeight: minHeight(f),
    fit: (height, shrink) => {
      const s = scaleFor(f, height, shrink);
      return s === null ? null : draw(f, s);
    },
  };
}
