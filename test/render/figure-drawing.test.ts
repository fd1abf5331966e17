/**
 * A figure drawn from its recorded drawing (figure-drawing.ts) keeps what the PDF promises: its
 * text extracts as the chart shows it (the same words as the SVG route), a map label once (its
 * halo is outlines), clips are clipping paths and no soft masks, and the figure is a tagged
 * Figure with its alternative text.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../src/charts/render-svg.js';
import { toVegaLite } from '../../src/charts/spec.js';
import { mixedScriptBars } from '../helpers/mixed-script-bars.js';
import { mapSpec } from '../../src/geo/map-spec.js';
import { layoutDocument } from '../../src/render/layout.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { Block, DocModel, FigureBlock } from '../../src/render/model.js';
import { sampleModel } from './fixtures/sample-model.js';

const fonts = loadNotoSans();

interface Read {
  bytes: Buffer;
  text: string;
  alts: string[];
}

interface Node {
  role?: string;
  alt?: string;
  children?: Node[];
}

const altsOf = (n: Node | null): string[] => (n ? [...(n.role === 'Figure' && n.alt ? [n.alt] : []), ...(n.children ?? []).flatMap(altsOf)] : []);

async function read(model: DocModel): Promise<Read> {
  const bytes = await renderPdf(layoutDocument(model, fontkitMeasurer(fonts)), model, fonts);
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  const alts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    text += `${(await page.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ')}\n`;
    alts.push(...altsOf((await page.getStructTree()) as Node | null));
  }
  await pdf.destroy();
  return { bytes, text, alts };
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== '').sort();

async function figures(drawing: boolean): Promise<FigureBlock[]> {
  const bar = await renderChart(
    toVegaLite(mixedScriptBars('b1-kgz-sex')),
    true,
  );
  const map = await renderChart(mapSpec('KGZ', [{ code: 'KG-C', count: 40 }, { code: 'KG-O', count: 12 }], 'ru'), true);
  return [bar, map].map((c, i) => ({
    type: 'figure',
    id: `f${i}`,
    number: i + 1,
    caption: `Рисунок ${i + 1}: проверка`,
    svg: c.svg,
    ...(drawing ? { drawing: c.drawing } : {}),
    width: c.width,
    height: c.height,
    source: 'DTM',
    notes: [],
    alt: `Рисунок ${i + 1}, описание.`,
  }));
}

function model(figs: Block[]): DocModel {
  const base = sampleModel('ru');
  return { ...base, blocks: [{ type: 'heading', level: 1, text: 'Кыргызстан' }, ...figs] };
}

describe('figures drawn from their recorded drawing', () => {
  let drawn: Read;
  let fromSvg: Read;
  beforeAll(async () => {
    drawn = await read(model(await figures(true)));
    fromSvg = await read(model(await figures(false)));
  }, 120_000);

  it('extract the same words as the same figures drawn from their SVG', () => {
    expect(drawn.text).toContain('Продукты питания');
    expect(words(drawn.text)).toEqual(words(fromSvg.text));
  });

  it('read a map label once: its halo is outlines, not text', () => {
    for (const label of ['Чуйская', 'Ошская']) expect(drawn.text.split(label).length - 1).toBe(1);
  });

  it('clip with clipping paths, not soft masks, and embed their fonts', () => {
    const raw = drawn.bytes.toString('latin1');
    expect(raw).not.toContain('/SMask');
    expect(raw).toContain('/FontFile2');
  });

  it('are tagged Figures with their alternative text', () => {
    expect(drawn.alts).toEqual(['Рисунок 1, описание.', 'Рисунок 2, описание.']);
  });
});
