/**
 * layoutDocument: DocModel → PageLayout. Pure and deterministic: the same model and measurer give
 * the same layout, which is plain JSON (golden-tested) and drawn as is by renderPdf.
 *
 *   model.cover ─────────────▶ page 1 (cover)
 *   model.blocks ─▶ chunks per block (blocks/*.ts) ─▶ flow onto body pages (flow.ts)
 *   header/footer ("Page n of N") added to every body page once the page count is known
 */
import type { Block, DocModel } from './model.js';
import type { BlockLayout, LayoutContext } from './chunk.js';
import type { TextMeasurer } from './measure.js';
import type { LayoutItem, PageLayout } from './page-layout.js';
import { checkModel } from './check-model.js';
import { layoutCover } from './cover.js';
import { flow } from './flow.js';
import { furniture } from './furniture.js';
import { roundLayout } from './round.js';
import { PAGE } from './theme.js';
import { layoutHeading } from './blocks/heading.js';
import { layoutParagraph } from './blocks/paragraph.js';
import { layoutBullets } from './blocks/bullets.js';
import { layoutBox } from './blocks/box.js';
import { layoutFigure, layoutFigurePair } from './blocks/figure.js';
import { layoutTable } from './blocks/table.js';
import { layoutBulletinList } from './blocks/bulletin-list.js';
import { layoutGlossary } from './blocks/glossary.js';
import { layoutDisclaimer } from './blocks/disclaimer.js';
import { layoutPublisher } from './blocks/publisher.js';
import { layoutImage, layoutLogos } from './blocks/image.js';

function layoutBlock(b: Block, index: number, ctx: LayoutContext): BlockLayout {
  switch (b.type) {
    case 'heading':
      return layoutHeading(b, ctx);
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
      return layoutPublisher(b, ctx);
    case 'pageBreak':
      return { chunks: [], spaceBefore: 0, keepTogether: false, newPage: true };
    case 'spacer':
      return { chunks: [], spaceBefore: b.height, keepTogether: false };
    case 'image':
      return layoutImage(b, index, ctx);
    case 'logos':
      return layoutLogos(b, index, ctx);
  }
}

/** Lays the model out on A4 pages. Throws a BulletinError (exit 3) for a malformed model. */
/** Block layouts in order; two consecutive half-width figures become one row. */
function layoutBlocks(blocks: Block[], ctx: LayoutContext): BlockLayout[] {
  const out: BlockLayout[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const next = blocks[i + 1];
    if (b.type === 'figure' && b.size === 'half' && next?.type === 'figure' && next.size === 'half') {
      out.push(layoutFigurePair(b, i, next, i + 1, ctx));
      i++;
    } else out.push(layoutBlock(b, i, ctx));
  }
  return out;
}

export function layoutDocument(model: DocModel, m: TextMeasurer): PageLayout {
  checkModel(model);
  let id = 0;
  const ctx: LayoutContext = { m, nextId: () => ++id };
  const cover = layoutCover(model.cover, ctx);
  const body = flow(layoutBlocks(model.blocks, ctx));
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
