/**
 * Text drawn in a PDF extracts as written (pdfjs), even for a glyph the document first reached
 * as a component of another: Noto Sans draws the Cyrillic «Т» from the Latin "T", and a map
 * label's halo (drawn as outlines) reached it before the glossary's bold "DTM" (which extracted as
 * "D M" or "DLM").
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/render/layout.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { Block, DocModel } from '../../src/render/model.js';
import { sampleModel } from './fixtures/sample-model.js';

const fonts = loadNotoSans();

function mapWithHalo(label: string): Block {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120"><rect width="300" height="120" fill="#e8eef8"/>` +
    `<text text-anchor="middle" transform="translate(150,60)" font-family="Noto Sans" font-size="9px" font-weight="600" fill="#ffffff" stroke="#ffffff" stroke-width="2.5">${label}</text>` +
    `<text text-anchor="middle" transform="translate(150,60)" font-family="Noto Sans" font-size="9px" font-weight="600" fill="#333333">${label}</text></svg>`;
  return { type: 'figure', id: 'b1-rus-coverage', number: 1, caption: 'Рисунок 1: Географический охват', svg, width: 300, height: 120, source: 'DTM', notes: [], alt: `Карта: ${label} 5.` };
}

async function textOf(model: DocModel): Promise<string> {
  const bytes = await renderPdf(layoutDocument(model, fontkitMeasurer(fonts)), model, fonts);
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) text += (await (await pdf.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join('');
  await pdf.destroy();
  return text;
}

describe('ToUnicode of every glyph drawn (pdf-tounicode.ts)', () => {
  it('a bold "DTM" after a bold halo label with «Т» extracts as "DTM"', async () => {
    const base = sampleModel('ru');
    const blocks: Block[] = [mapWithHalo('Тверская обл.'), { type: 'paragraph', text: [{ text: 'Матрица отслеживания перемещения (DTM):', bold: true }, { text: ' система отслеживания.' }] }, ...base.blocks];
    const text = await textOf({ ...base, blocks });
    expect(text).toContain('(DTM):');
  }, 60_000);
});
