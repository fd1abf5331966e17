import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { zlibSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { layoutDocument } from '../../src/render/layout.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { Lang } from '../../src/render/model.js';
import { sampleModel } from './fixtures/sample-model.js';
import { expectGolden } from './golden.js';
import { pdfFonts, pdfInfo, pdfText, qpdfCheck, tool } from './pdf-tools.js';

const fonts = loadNotoSans();
const m = fontkitMeasurer(fonts);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const render = (lang: Lang) => {
  const model = sampleModel(lang);
  return renderPdf(layoutDocument(model, m), model, fonts);
};

let dir: string;
const pdfs: Partial<Record<Lang, { file: string; bytes: Buffer }>> = {};
const file = (lang: Lang) => pdfs[lang]?.file as string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bulletin-render-'));
  for (const lang of ['en', 'ru'] as const) {
    const bytes = await render(lang);
    const f = join(dir, `${lang}.pdf`);
    writeFileSync(f, bytes);
    pdfs[lang] = { file: f, bytes };
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['en', 'ru'] as const)('renderPdf (%s)', (lang) => {
  it('writes a PDF that qpdf finds no fault in', () => {
    const r = qpdfCheck(file(lang));
    expect(r.out).toContain('No syntax or stream encoding errors');
    expect(r.status).toBe(0);
  });

  it('embeds subsets of Noto Sans only, with Unicode maps', () => {
    const rows = pdfFonts(file(lang));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const f of rows) {
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Italic|SemiBold|Bold|BoldItalic)$/);
      expect([f.emb, f.sub, f.uni]).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('carries the metadata of the model, dated from the data, tagged, A4', () => {
    const model = sampleModel(lang);
    const info = pdfInfo(file(lang));
    expect(info.Title).toBe(model.title);
    expect(info.Author).toBe(model.author);
    expect(info.Subject).toBe(model.subject);
    expect(info.Keywords).toBe(model.keywords?.join(', '));
    expect(info.CreationDate).toBe('2021-04-30T00:00:00Z');
    expect(info.ModDate).toBe('2021-04-30T00:00:00Z');
    expect(info.Tagged).toBe('yes');
    expect(info.Pages).toBe(String(layoutDocument(model, m).pages.length));
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
  });

  it('extracts the text as in its golden file', () => {
    expectGolden(`text.${lang}.txt`, pdfText(file(lang)));
  });

  it('has the structure, language and outline a reader needs, and no file paths', () => {
    const qdf = join(dir, `${lang}.qdf`);
    tool('qpdf', ['--qdf', '--object-streams=disable', file(lang), qdf]);
    const body = readFileSync(qdf, 'latin1');
    expect(body).toContain(`/Lang (${lang === 'en' ? 'en-GB' : 'ru-RU'})`);
    expect(body).toContain('/DisplayDocTitle true');
    expect(body).toMatch(/\/Outlines \d+ 0 R/);
    expect(body.match(/\/S \/Figure/g)).toHaveLength(5);
    expect(body.match(/\/S \/H1/g)?.length).toBeGreaterThanOrEqual(5);
    expect(body).toMatch(/\/S \/Table/);
    expect(body).not.toContain(process.cwd());
    expect(body).not.toContain('node_modules');
    expect(body).not.toContain(tmpdir());
  });
});

describe('renderPdf text', () => {
  it('extracts Russian as Russian, including the text inside the figures', () => {
    const text = pdfText(file('ru'));
    expect(text).toContain('Рисунок 1: Доля мигрантов, получивших прямую помощь, по полу');
    expect(text).toContain('Мужчины (163)');
    expect(text).toContain('Страница 3 из 5');
    expect(text).toMatch(/Республика Молдова/);
  });
});

describe('renderPdf metadata', () => {
  it('escapes markup characters in the XMP packet and keeps them in the Info dictionary', async () => {
    const model = { ...sampleModel('en'), title: 'Bulletin 3: Remittances & <Transfers>', keywords: ['A&B'] };
    const f = join(dir, 'amp.pdf');
    writeFileSync(f, await renderPdf(layoutDocument(model, m), model, fonts));
    expect(pdfInfo(f).Title).toBe('Bulletin 3: Remittances & <Transfers>');
    const xmp = tool('pdfinfo', ['-meta', f]);
    expect(xmp).toContain('Bulletin 3: Remittances &amp; &lt;Transfers&gt;');
    expect(xmp).toContain('<pdf:Keywords>A&amp;B</pdf:Keywords>');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
  });

  it('marks table header cells as column headers, and row headers (the table’s and the methodology box’s) as row headers', () => {
    const qdf = join(dir, 'scope.qdf');
    tool('qpdf', ['--qdf', '--object-streams=disable', file('en'), qdf]);
    const body = readFileSync(qdf, 'latin1');
    // The sample table: 3 column headers and 4 row headers; the box: 3 rows.
    expect(body.match(/\/S \/TH/g)).toHaveLength(3 + 4 + 3);
    expect(body.match(/\/Scope \/Column/g)).toHaveLength(3);
    expect(body.match(/\/Scope \/Row/g)).toHaveLength(4 + 3);
  });
});

describe('renderPdf determinism', () => {
  it('gives identical bytes for the same model', async () => {
    expect(sha(await render('ru'))).toBe(sha(pdfs.ru?.bytes as Buffer));
  });

  it('gives identical bytes under another time zone and another clock', async () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      vi.setSystemTime(new Date('2031-07-04T23:30:00Z'));
      expect(new Date(2021, 0, 1).getTimezoneOffset()).toBe(300);
      expect(sha(await render('en'))).toBe(sha(pdfs.en?.bytes as Buffer));
    } finally {
      process.env.TZ = tz;
      vi.setSystemTime(new Date('2026-01-15T10:00:00Z'));
    }
  });

  it('compresses every stream with fflate, whose output does not depend on the machine’s zlib', () => {
    const pdf = pdfs.ru?.bytes as Buffer;
    const text = pdf.toString('latin1');
    const streams = [...text.matchAll(/\/Length (\d+)[^>]*?\/Filter \/FlateDecode[\s\S]*?>>\nstream\n|\/Filter \/FlateDecode[^>]*?\/Length (\d+)[\s\S]*?>>\nstream\n/g)];
    expect(streams.length).toBeGreaterThan(10);
    expect(streams.length).toBe(text.match(/\/FlateDecode/g)?.length);
    for (const s of streams) {
      const start = (s.index ?? 0) + s[0].length;
      const data = pdf.subarray(start, start + Number(s[1] ?? s[2]));
      const raw = inflateSync(data);
      expect(Buffer.from(zlibSync(raw, { level: 6 })).equals(data)).toBe(true);
    }
  });

  it('rejects a creation date that is not YYYY-MM-DD', async () => {
    const model = sampleModel('en');
    const layout = layoutDocument(model, m);
    await expect(renderPdf(layout, { ...model, creationDate: '30/04/2021' }, fonts)).rejects.toThrow(/YYYY-MM-DD/);
  });
});
