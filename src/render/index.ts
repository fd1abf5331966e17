/**
 * The renderer's public API: DocModel → PDF.
 *
 *   const fonts = loadNotoSans();               // once per build (reads the TTFs)
 *   const measurer = fontkitMeasurer(fonts);    // once per build (parses them, caches widths)
 *   const { pdf, pages } = await renderDocument(model, { fonts, measurer });
 *
 * or in two steps: `layoutDocument(model, measurer)` (pure, JSON) then `renderPdf(layout, model, fonts)`.
 */
import type { DocModel } from './model.js';
import type { PageLayout } from './page-layout.js';
import { loadNotoSans, type FontSet } from './fonts.js';
import { fontkitMeasurer, type TextMeasurer } from './measure.js';
import { layoutDocument } from './layout.js';
import { renderPdf } from './pdf.js';

export type * from './model.js';
export type { PageLayout, LaidOutPage, LayoutItem, OutlineEntry } from './page-layout.js';
export type { FontKey, FontSet } from './fonts.js';
export type { TextMeasurer } from './measure.js';
export { loadNotoSans } from './fonts.js';
export { fontkitMeasurer } from './measure.js';
export { layoutDocument } from './layout.js';
export { renderPdf } from './pdf.js';

export interface RenderedDocument {
  pdf: Buffer;
  /** Number of pages, cover included (for the manifest). */
  pages: number;
  layout: PageLayout;
}

/** Lays out and renders a model. Pass the fonts and measurer to reuse them across documents. */
export async function renderDocument(model: DocModel, opts: { fonts?: FontSet; measurer?: TextMeasurer } = {}): Promise<RenderedDocument> {
  const fonts = opts.fonts ?? loadNotoSans();
  const measurer = opts.measurer ?? fontkitMeasurer(fonts);
  const layout = layoutDocument(model, measurer);
  return { pdf: await renderPdf(layout, model, fonts), pages: layout.pages.length, layout };
}
