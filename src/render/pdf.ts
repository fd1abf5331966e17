/**
 * renderPdf: PageLayout (+ the model it came from) → PDF bytes, with pdfkit (imported lazily).
 *
 * - Fonts: Noto Sans TTFs registered under their FontKey, embedded and subset by pdfkit; parsed
 *   once per thread (pdf-faces.ts).
 * - Figures: a chart's recorded drawing (charts/drawing.ts) is drawn as vector graphics and text
 *   (figure-drawing.ts), scaled to the layout's box. A figure with only an SVG (made by hand) is
 *   drawn by svg-to-pdfkit; its fontCallback maps every family and weight to the registered Noto Sans faces (svg-to-pdfkit
 *   would otherwise fall back to Helvetica, which has no Cyrillic).
 * - Tagged PDF: every text line and figure is marked content of a structure element (the layout's
 *   StructNode paths), furniture and decoration are artifacts; Lang, DisplayDocTitle, an outline
 *   (headings, figures, tables), the PDF/UA identifier (pdfuaid:part 1) in the XMP metadata. A map
 *   label's white halo is drawn as outlines (svg-halo.ts), so its text is extracted once. A map
 *   layer's rectangle clip is drawn as a clipping path, not a soft mask (svg-clip.ts).
 * - Links: the table of contents' lines link to named destinations at the headings; links in the
 *   analyst's text to their web or mail address.
 * - Deterministic: CreationDate/ModDate are model.creationDate at 00:00 UTC, pdfkit derives the
 *   trailer /ID from the info dictionary and font subset tags from font ids, and streams are
 *   compressed with pure-JS fflate (deflate.ts), so the same model gives the same bytes anywhere.
 */
import type { DocModel } from './model.js';
import { fillMissingUnicode } from './pdf-tounicode.js';
import type { LayoutItem, PageLayout, StructNode } from './page-layout.js';
import { FONT_KEYS, loadNotoSans, type FontKey, type FontSet } from './fonts.js';
import { normaliseSvgWeights } from './svg-fonts.js';
import { measureFace, pdfFace } from './pdf-faces.js';
import { haloTextToPaths } from './svg-halo.js';
import { clipRectsToViewports } from './svg-clip.js';
import { drawFigure, type DrawingTarget } from './figure-drawing.js';
import { useDeterministicDeflate } from './deflate.js';
import { escapeXmpInfo } from './xmp.js';

const LANG = { en: 'en-GB', ru: 'ru-RU' } as const;

/** The PDF's creation and modification date: the model's date at midnight UTC. */
function pdfDate(creationDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(creationDate)) throw new TypeError(`creationDate must be YYYY-MM-DD, got "${creationDate}"`);
  return new Date(`${creationDate}T00:00:00Z`);
}

function svgFont(_family: string, bold: boolean, italic: boolean): FontKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

export async function renderPdf(layout: PageLayout, model: DocModel, fonts: FontSet = loadNotoSans()): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  // svg-to-pdfkit only for a figure that has no recorded drawing.
  const svgOnly = model.blocks.some((b) => b.type === 'figure' && !b.drawing);
  const SVGtoPDF = svgOnly ? (await import('svg-to-pdfkit')).default : undefined;
  const date = pdfDate(model.creationDate);
  const info: PDFKit.DocumentInfo & Record<string, unknown> = {
    Title: model.title,
    Author: model.author,
    Subject: model.subject,
    Creator: 'bulletin',
    Producer: 'bulletin (PDFKit)',
    CreationDate: date,
    ModDate: date,
  };
  if (model.keywords?.length) info.Keywords = model.keywords.join(', ');
  const doc = new PDFDocument({
    size: [layout.size.width, layout.size.height],
    margin: 0,
    autoFirstPage: false,
    bufferPages: false,
    compress: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: LANG[model.lang],
    displayTitle: true,
    subset: 'PDF/UA',
    info,
  } as unknown as PDFKit.PDFDocumentOptions);
  useDeterministicDeflate(doc as never);
  escapeXmpInfo(doc as never);
  // Parsed once per thread (pdf-faces.ts); from here on the document is drawn synchronously.
  for (const key of FONT_KEYS) doc.registerFont(key, pdfFace(fonts[key]) as never);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const elements = new Map<number, PDFKit.PDFStructureElement>();
  const elementFor = (path: StructNode[], bbox?: [number, number, number, number]): PDFKit.PDFStructureElement => {
    let parent = root;
    for (const [i, node] of path.entries()) {
      let el = elements.get(node.id);
      if (!el) {
        const opts: Record<string, unknown> = {};
        if (node.alt) opts.alt = node.alt;
        if (node.role === 'TH') opts.scope = node.scope ?? 'Column';
        if (bbox && i === path.length - 1 && node.role === 'Figure') {
          opts.bbox = bbox;
          opts.placement = 'Block';
        }
        el = doc.struct(node.role, opts as PDFKit.Mixins.StructureElementOptions);
        parent.add(el);
        elements.set(node.id, el);
      }
      parent = el;
    }
    return parent;
  };

  const drawText = (it: Extract<LayoutItem, { type: 'text' }>) => {
    doc.fillColor(it.color);
    for (const s of it.spans) {
      doc.font(s.font).fontSize(it.size).text(s.text, s.x, it.baseline, { lineBreak: false, baseline: 'alphabetic' });
    }
  };
  const drawSvg = (it: Extract<LayoutItem, { type: 'svg' }>) => {
    const fig = model.blocks[it.block];
    if (!fig || fig.type !== 'figure') throw new Error(`layout item refers to block ${it.block}, which is not a figure`);
    doc.save();
    doc.translate(it.x, it.y);
    doc.scale(it.w / fig.width, it.h / fig.height);
    if (fig.drawing) {
      drawFigure(doc as unknown as DrawingTarget, fig.drawing, (bold) => measureFace(fonts[bold ? 'bold' : 'regular']));
      doc.restore();
      return;
    }
    const svg = haloTextToPaths(clipRectsToViewports(normaliseSvgWeights(fig.svg)), (bold) => measureFace(fonts[bold ? 'bold' : 'regular']));
    SVGtoPDF!(doc as never, svg, 0, 0, {
      width: fig.width,
      height: fig.height,
      assumePt: true,
      fontCallback: svgFont,
      warningCallback: () => undefined,
    });
    doc.restore();
  };
  const drawImage = (it: Extract<LayoutItem, { type: 'image' }>) => {
    const owner = it.block === -1 ? model.cover : model.blocks[it.block];
    const img = it.logo !== undefined ? (owner && 'logos' in owner ? owner.logos?.[it.logo] : undefined) : owner && 'type' in owner && owner.type === 'image' ? owner : undefined;
    if (!img) throw new Error(`layout item refers to block ${it.block}${it.logo !== undefined ? ` logo ${it.logo}` : ''}, which is not an image`);
    doc.image(Buffer.from(img.data, 'base64'), it.x, it.y, { width: it.w, height: it.h });
  };
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact');
    draw();
    doc.endMarkedContent();
  };

  const outlineParents: PDFKit.PDFOutline[] = [];
  for (const page of layout.pages) {
    doc.addPage({ size: [layout.size.width, layout.size.height], margin: 0 });
    for (const entry of layout.outline.filter((e) => e.page === page.number)) {
      outlineParents.length = entry.level - 1;
      const parent = outlineParents.filter((o) => o !== undefined).pop() ?? doc.outline;
      outlineParents[entry.level - 1] = parent.addItem(entry.title, { top: entry.y, left: layout.size.width } as never);
    }
    for (const it of page.items) {
      switch (it.type) {
        case 'rect':
          artifact(() => doc.rect(it.x, it.y, it.w, it.h).fill(it.fill));
          break;
        case 'rule':
          artifact(() => doc.moveTo(it.x, it.y).lineTo(it.x + it.w, it.y + it.h).lineWidth(it.lineWidth).strokeColor(it.color).stroke());
          break;
        case 'text':
          if (it.tag) elementFor(it.tag).add(() => drawText(it));
          else artifact(() => drawText(it));
          break;
        case 'svg':
          if (it.tag) elementFor(it.tag, [it.x, it.y, it.x + it.w, it.y + it.h]).add(() => drawSvg(it));
          else artifact(() => drawSvg(it));
          break;
        case 'image':
          if (it.tag) elementFor(it.tag, [it.x, it.y, it.x + it.w, it.y + it.h]).add(() => drawImage(it));
          else artifact(() => drawImage(it));
          break;
        case 'dest':
          doc.addNamedDestination(it.name, 'XYZ', it.x, it.y, null);
          break;
        case 'link':
          if (it.uri !== undefined) doc.link(it.x, it.y, it.w, it.h, it.uri);
          else if (it.dest !== undefined) doc.goTo(it.x, it.y, it.w, it.h, it.dest);
          break;
      }
    }
  }
  root.end();
  fillMissingUnicode(Object.values((doc as unknown as { _fontFamilies: Record<string, unknown> })._fontFamilies));
  doc.end();
  return done;
}
