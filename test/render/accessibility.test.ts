/**
 * The structure the tagged PDF promises, read back with pdfjs-dist (no system tools): headings
 * nested H1 → H2 → H3 in reading order, every table a Table with TH cells (the methodology box's
 * rows too), figures with alternative text, an outline reaching every section, figure and table,
 * contents that link to their headings, map labels extracted once, the PDF/UA identifier in XMP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { layoutDocument } from '../../src/render/layout.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { Block, DocModel, Lang } from '../../src/render/model.js';
import { sampleModel } from './fixtures/sample-model.js';

const fonts = loadNotoSans();
const m = fontkitMeasurer(fonts);

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
  type?: string;
}

/** A map-like figure: a label drawn twice, once as a white halo under the label itself. */
function mapFigure(lang: Lang): Block {
  const label = lang === 'en' ? 'Osh city' : 'г. Ош';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120"><rect width="300" height="120" fill="#e8eef8"/>` +
    `<text text-anchor="middle" transform="translate(150,60)" font-family="Noto Sans" font-size="9px" font-weight="600" fill="#ffffff" stroke="#ffffff" stroke-opacity="0.9" stroke-width="2.5" stroke-linejoin="round">${label}</text>` +
    `<text text-anchor="middle" transform="translate(150,60)" font-family="Noto Sans" font-size="9px" fill="#6b6b6b">${label}</text></svg>`;
  return {
    type: 'figure',
    id: 'b6-kgz-coverage',
    number: 9,
    caption: lang === 'en' ? 'Figure 9: Geographic coverage' : 'Рисунок 9: Географический охват',
    svg,
    width: 300,
    height: 120,
    source: 'DTM',
    notes: [],
    alt: lang === 'en' ? 'Map, geographic coverage: Osh city 12.' : 'Карта, географический охват: г. Ош 12.',
  };
}

/** A 2 × 1 PNG (one blue, one white pixel). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNkMF7w//+ZeAYAEVAD/hcC6CMAAAAASUVORK5CYII=';

/** The sample with a map figure, a photo after the first narrative, and logos on the cover and the back. */
function model(lang: Lang): DocModel {
  const base = sampleModel(lang);
  const blocks = [...base.blocks];
  const at = blocks.findIndex((b) => b.type === 'figure');
  blocks.splice(at, 0, mapFigure(lang), {
    type: 'image',
    format: 'png',
    data: PNG,
    width: 600,
    height: 300,
    caption: lang === 'en' ? 'Migrants receive food parcels in Osh.' : 'Мигранты получают продуктовые наборы в Оше.',
    credit: '© 2021 IOM',
  });
  const logo = { format: 'png' as const, data: PNG, width: 200, height: 100, alt: 'IOM' };
  return {
    ...base,
    cover: { ...base.cover, logos: [logo, { ...logo, alt: 'SDC' }] },
    blocks: blocks.map((b) => (b.type === 'publisher' ? { ...b, logos: [logo] } : b)),
  };
}

async function open(lang: Lang): Promise<{ pdf: PDFDocumentProxy; doc: DocModel }> {
  const doc = model(lang);
  const bytes = await renderPdf(layoutDocument(doc, m), doc, fonts);
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  return { pdf, doc };
}

function walk(n: StructNode | null | undefined, f: (n: StructNode, parents: StructNode[]) => void, parents: StructNode[] = []): void {
  if (!n) return;
  f(n, parents);
  for (const c of n.children ?? []) walk(c, f, [...parents, n]);
}

describe.each(['en', 'ru'] as const)('the tagged PDF (%s)', (lang) => {
  let pdf: PDFDocumentProxy;
  let doc: DocModel;
  const trees: StructNode[] = [];
  beforeAll(async () => {
    ({ pdf, doc } = await open(lang));
    for (let i = 1; i <= pdf.numPages; i++) trees.push((await (await pdf.getPage(i)).getStructTree()) as StructNode);
  });

  const roles = () => {
    const out: string[] = [];
    for (const t of trees) walk(t, (n) => n.role && out.push(n.role));
    return out;
  };

  it('nests headings H1 → H2 → H3 in reading order, never skipping a level', () => {
    const levels = roles()
      .filter((r) => /^H[1-6]$/.test(r))
      .map((r) => Number(r.slice(1)));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => {
      if (i > 0) expect(l).toBeLessThanOrEqual((levels[i - 1] as number) + 1);
    });
  });

  it('tags every table as Table with TH header cells, the methodology box’s rows too', () => {
    const tables: StructNode[] = [];
    for (const t of trees) walk(t, (n) => n.role === 'Table' && tables.push(n));
    const tableBlocks = doc.blocks.filter((b) => b.type === 'table').length;
    const boxes = doc.blocks.filter((b) => b.type === 'box' && (b.rows?.length ?? 0) > 0).length;
    // pdfjs gives each page's part of the tree: a table is whole on one page in this model.
    expect(tables.length).toBe(tableBlocks + boxes);
    for (const table of tables) {
      const cells: string[] = [];
      walk(table, (n) => n.role && /^T[HD]$/.test(n.role) && cells.push(n.role));
      expect(cells).toContain('TH');
    }
  });

  it('gives every figure its alternative text, with the numbers, not the caption', () => {
    const figures: StructNode[] = [];
    for (const t of trees) walk(t, (n) => n.role === 'Figure' && figures.push(n));
    // Charts and maps, the photo, two logos on the cover and one on the back.
    expect(figures.length).toBe(doc.blocks.filter((b) => b.type === 'figure' || b.type === 'image').length + 3);
    expect(figures.map((f) => f.alt)).toEqual(expect.arrayContaining(['IOM', 'SDC', lang === 'en' ? 'Migrants receive food parcels in Osh.' : 'Мигранты получают продуктовые наборы в Оше.']));
    const map = figures.find((f) => f.alt?.includes(lang === 'en' ? 'Osh city 12' : 'г. Ош 12'));
    expect(map?.alt).not.toBe((mapFigure(lang) as { caption: string }).caption);
    for (const f of figures) expect(f.alt ?? '').not.toBe('');
  });

  it('reaches every section, figure and table from the outline', async () => {
    const titles: string[] = [];
    const collect = (items: Array<{ title: string; items: unknown[] }>) => {
      for (const it of items) {
        titles.push(it.title);
        collect(it.items as Array<{ title: string; items: unknown[] }>);
      }
    };
    collect(((await pdf.getOutline()) ?? []) as Array<{ title: string; items: unknown[] }>);
    for (const b of doc.blocks) {
      if (b.type === 'heading' && b.level <= 2) expect(titles).toContain(b.text);
      if (b.type === 'figure') expect(titles).toContain(b.caption);
      if (b.type === 'table' && b.caption) expect(titles).toContain(b.caption);
    }
  });

  it('links each line of the contents to its heading’s page', async () => {
    const page2 = await pdf.getPage(2);
    const links = (await page2.getAnnotations()).filter((a: { subtype: string }) => a.subtype === 'Link') as Array<{ dest: unknown }>;
    const headings = doc.blocks.filter((b) => b.type === 'heading' && b.level === 1);
    expect(links.length).toBe(headings.length);
    for (const l of links) {
      const dest = typeof l.dest === 'string' ? await pdf.getDestination(l.dest) : (l.dest as unknown[]);
      expect(dest).not.toBeNull();
      const page = (await pdf.getPageIndex(dest?.[0] as never)) + 1;
      expect(page).toBeGreaterThan(1);
    }
  });

  it('extracts a map label once, though it is drawn with a halo', async () => {
    let text = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const c = await (await pdf.getPage(i)).getTextContent();
      text += c.items.map((it) => ('str' in it ? it.str : '')).join(' ');
    }
    const label = lang === 'en' ? 'Osh city' : 'г. Ош';
    expect(text.split(label).length - 1).toBe(1);
  });

  it('declares PDF/UA-1 in its XMP metadata and the language of the document', async () => {
    const meta = await pdf.getMetadata();
    const xmp = (meta.metadata as { getRaw(): string } | null)?.getRaw() ?? '';
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect((meta.info as { Language?: string }).Language ?? (await pdf.getMarkInfo())).toBeTruthy();
  });
});
