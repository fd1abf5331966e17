/**
 * layoutDocument: DocModel → PageLayout. Pure and deterministic: the same model and measurer give
 * the same layout, which is plain JSON (golden-tested) and drawn as is by renderPdf.
 *
 *   model.cover ─────────────▶ page 1 (cover)
 *   model.blocks ─▶ chunks per block (blocks/*.ts) ─▶ flow onto body pages (flow.ts)
 *   header/footer ("Page n of N") added to every body page once the page count is known
 */
import type { Block, DocModel, FigureBlock } from './model.js';
import type { BlockLayout, LayoutContext } from './chunk.js';
import type { TextMeasurer } from './measure.js';
import type { LayoutItem, PageLayout } from './page-layout.js';
import { checkModel } from './check-model.js';
import { layoutCover } from './cover.js';
import { flow, type FlowOptions } from './flow.js';
import { furniture } from './furniture.js';
import { roundLayout } from './round.js';
import { PAGE } from './theme.js';
import { layoutHeading } from './blocks/heading.js';
import { layoutParagraph } from './blocks/paragraph.js';
import { layoutBullets } from './blocks/bullets.js';
import { layoutBox } from './blocks/box.js';
import { layoutFigure } from './blocks/figure.js';
import { layoutTable } from './blocks/table.js';
import { layoutBulletinList } from './blocks/bulletin-list.js';
import { layoutGlossary } from './blocks/glossary.js';
import { layoutDisclaimer } from './blocks/disclaimer.js';
import { layoutPublisher } from './blocks/publisher.js';
import { layoutKeyFigures } from './blocks/key-figures.js';
import { layoutToc, type TocEntry } from './blocks/toc.js';
import { layoutImage } from './blocks/image.js';
import { destOf } from './blocks/heading.js';

function layoutBlock(b: Block, index: number, ctx: LayoutContext, toc: readonly TocEntry[]): BlockLayout {
  switch (b.type) {
    case 'heading':
      return layoutHeading(b, index, ctx);
    case 'paragraph':
      return layoutParagraph(b, ctx);
    case 'bullets':
      return layoutBullets(b.items, ctx, b.ordered === true);
    case 'box':
      return layoutBox(b, ctx);
    case 'figure':
      return layoutFigure(b, index, ctx);
    case 'table':
      return layoutTable(b, ctx);
    case 'bulletinList':
      return layoutBulletinList(b, ctx);
    case 'glossary':
      return layoutGlossary(b, ctx);
    case 'disclaimer':
      return layoutDisclaimer(b, ctx);
    case 'publisher':
      return layoutPublisher(b, index, ctx);
    case 'pageBreak':
      return { chunks: [], spaceBefore: 0, keepTogether: false, newPage: true };
    case 'spacer':
      return { chunks: [], spaceBefore: b.height, keepTogether: false };
    case 'keyFigures':
      return layoutKeyFigures(b, ctx);
    case 'toc':
      return layoutToc(b, toc, ctx);
    case 'image':
      return layoutImage(b, index, ctx);
  }
}

/**
 * Block layouts in order. Half-width figures and tables go into the two-column grid (the flow puts
 * each in the shorter column); one alone between wide blocks is drawn at full width.
 */
function layoutBlocks(blocks: Block[], ctx: LayoutContext, toc: readonly TocEntry[]): BlockLayout[] {
  const half = (b: Block | undefined) => (b?.type === 'figure' || b?.type === 'table') && b.size === 'half';
  const out = blocks.map((b, i) => {
    const wide = layoutBlock(b, i, ctx, toc);
    if (!half(b) || !(half(blocks[i - 1]) || half(blocks[i + 1]))) return wide;
    return { ...(b.type === 'table' ? layoutTable(b, ctx, true) : layoutFigure(b as FigureBlock, i, ctx, true)), wide };
  });
  // Widow rule for sections: the last paragraph of a run of text (what follows is no paragraph), when
  // short enough to be kept whole, never opens a page alone: the last lines of the paragraph before
  // it go with it.
  blocks.forEach((b, i) => {
    const prev = out[i - 1];
    if (b.type !== 'paragraph' || blocks[i - 1]?.type !== 'paragraph' || blocks[i + 1]?.type === 'paragraph' || !prev) return;
    if ((out[i] as BlockLayout).chunks.length !== 1 || prev.chunks.length === 0) return;
    const last = prev.chunks.length - 1;
    out[i - 1] = { ...prev, chunks: prev.chunks.map((c, ci) => (ci === last ? { ...c, keepWithNext: true } : c)) };
  });
  // A note under a key-figure strip (what its "–" means) goes with what follows, as the strip does.
  blocks.forEach((b, i) => {
    const note = out[i] as BlockLayout;
    if (b.type !== 'paragraph' || blocks[i - 1]?.type !== 'keyFigures' || note.chunks.length === 0) return;
    out[i] = { ...note, chunks: note.chunks.map((c) => ({ ...c, keepWithNext: true })) };
  });
  return out;
}

/** The headings listed in the table of contents, with their destinations (pages still unknown). */
function tocHeadings(model: DocModel): TocEntry[] {
  const out: TocEntry[] = [];
  model.blocks.forEach((b, i) => {
    if (b.type === 'heading' && (b.toc ?? b.level === 1)) out.push({ title: b.text, page: 0, dest: destOf(i) });
  });
  return out;
}

/**
 * Figures drawn smaller, all alike, when that saves a page beyond what the tight flow saves: tried
 * in turn, each figure still no smaller than its text floor (blocks/figure.ts); body text never
 * shrinks.
 */
const SQUEEZE = [0.95, 0.9, 0.85] as const;

/**
 * Lays the model out on A4 pages. Throws a BulletinError (exit 3) for a malformed model.
 * With a table of contents, twice: the contents take the same room whatever their page numbers,
 * so the second pass, with the numbers found by the first, puts every block where the first did.
 *
 * The page budget (issue 12): figures that overflow a page may be drawn smaller than usual (flow:
 * `tight`) when that saves a page, and then all figures a little smaller (SQUEEZE) when that saves
 * one more; of layouts with as many pages, the one with the larger figures is kept.
 */
export function layoutDocument(model: DocModel, m: TextMeasurer): PageLayout {
  checkModel(model);
  const loose = layoutWith(model, m, {});
  if (loose.pages.length <= 2 || !model.blocks.some((b) => b.type === 'figure')) return loose;
  let best = loose;
  for (const figureScale of [1, ...SQUEEZE]) {
    const next = layoutWith(model, m, { tight: true }, figureScale, best.pages.length);
    if (next && next.pages.length < best.pages.length) best = next;
  }
  return best;
}

/**
 * The layout with these options. With `fewerThan`, a layout with as many pages or more is not
 * wanted: null when the first pass shows that the layout will have that many (see below).
 */
function layoutWith(model: DocModel, m: TextMeasurer, opts: FlowOptions): PageLayout;
function layoutWith(model: DocModel, m: TextMeasurer, opts: FlowOptions, figureScale: number, fewerThan: number): PageLayout | null;
function layoutWith(model: DocModel, m: TextMeasurer, opts: FlowOptions, figureScale = 1, fewerThan?: number): PageLayout | null {
  const hasToc = model.blocks.some((b) => b.type === 'toc');
  let toc = tocHeadings(model);
  let layout = layoutPass(model, m, toc, opts, figureScale);
  if (hasToc) {
    const pageOf = new Map<string, number>();
    for (const p of layout.pages) for (const it of p.items) if (it.type === 'dest') pageOf.set(it.name, p.number);
    const listed = toc.filter((e) => pageOf.has(e.dest));
    // The contents take the same room whatever their page numbers (blocks/toc.ts): with the same
    // entries, the second pass puts every block where the first did, on as many pages, so a layout
    // that would not be kept is not laid out again.
    if (fewerThan !== undefined && listed.length === toc.length && layout.pages.length >= fewerThan) return null;
    toc = listed.map((e) => ({ ...e, page: pageOf.get(e.dest) ?? 0 }));
    layout = layoutPass(model, m, toc, opts, figureScale);
  }
  return layout;
}

function layoutPass(model: DocModel, m: TextMeasurer, toc: readonly TocEntry[], opts: FlowOptions, figureScale: number): PageLayout {
  let id = 0;
  const ctx: LayoutContext = { m, nextId: () => ++id, figureScale };
  const cover = layoutCover(model.cover, ctx);
  const body = flow(layoutBlocks(model.blocks, ctx, toc), opts);
  const total = 1 + body.pages.length;
  const pages = [
    { number: 1, kind: 'cover' as const, items: cover },
    ...body.pages.map((items, i) => ({
      number: i + 2,
      kind: 'body' as const,
      items: [...furniture(model.header, model.footer, i + 2, total, m), ...items] as LayoutItem[],
    })),
  ];
  const outline = body.outline.map(({ pageIndex, ...e }) => ({ ...e, page: pageIndex + 2 }));
  return roundLayout({ size: { width: PAGE.width, height: PAGE.height }, pages, outline });
}
