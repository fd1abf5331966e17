/** The PDF reader the tests use instead of qpdf/poppler: it must find what qpdf --check would. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/render/layout.js';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import { renderPdf } from '../../src/render/pdf.js';
import { sampleModel } from '../render/fixtures/sample-model.js';
import { pdfBody, pdfFaults, pdfText } from './pdf.js';

let dir: string;
let good: Buffer;
const write = (name: string, bytes: Buffer): string => {
  const f = join(dir, name);
  writeFileSync(f, bytes);
  return f;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bulletin-pdf-helper-'));
  const fonts = loadNotoSans();
  const model = sampleModel('en');
  good = await renderPdf(layoutDocument(model, fontkitMeasurer(fonts)), model, fonts);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pdfFaults', () => {
  it('finds nothing in a file the renderer wrote', async () => {
    expect(await pdfFaults(write('good.pdf', good))).toEqual([]);
  });

  it('finds a cross-reference offset that misses its object', async () => {
    const text = good.toString('latin1');
    const at = text.lastIndexOf('\nxref\n');
    const row = text.indexOf(' 00000 n', at);
    const offset = text.slice(row - 10, row);
    const shifted = String(Number(offset) + 1).padStart(10, '0');
    const bad = Buffer.from(text.slice(0, row - 10) + shifted + text.slice(row), 'latin1');
    expect((await pdfFaults(write('xref.pdf', bad))).join('\n')).toMatch(/object 1 is not at offset/);
  });

  it('finds a stream whose /Length does not end at endstream', async () => {
    const text = good.toString('latin1');
    const m = /\/Length (\d+)/.exec(text);
    const bad = Buffer.from(text.replace(m?.[0] ?? '', `/Length ${Number(m?.[1]) - 3}`), 'latin1');
    expect((await pdfFaults(write('length.pdf', bad))).join('\n')).toMatch(/does not end at endstream/);
  });
});

describe('pdfText and pdfBody', () => {
  it('reads the text in reading order and the streams inflated', async () => {
    const f = write('text.pdf', good);
    const text = await pdfText(f);
    expect(text.indexOf('Figure 1:')).toBeGreaterThan(0);
    expect(text.indexOf('Figure 1:')).toBeLessThan(text.indexOf('Figure 2:'));
    expect(pdfBody(f)).toMatch(/BT[\s\S]*Tf[\s\S]*ET/);
  });
});
