/**
 * The build end to end, in-process, on the small fixtures (bulletins 1 and 6, both languages):
 * a truthful manifest, determinism, formula-safe tables, atomic output, --strict and skipping.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError, UsageError } from '../../src/errors.js';
import { build, type BuildSummary } from '../../src/pipeline/build.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import type { Manifest } from '../../src/pipeline/manifest.js';
import { pdfFaults, pdfText, readPdf } from '../helpers/pdf.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SURVEY = 'test/pipeline/fixtures/survey-small.csv';
const ASSISTANCE = 'test/pipeline/fixtures/assistance-small.csv';
const work = mkdtempSync(join(tmpdir(), 'bulletin-build-'));

function run(out: string, extra: Record<string, unknown> = {}, hooks: Parameters<typeof build>[2] = {}): Promise<BuildSummary> {
  const flags = { survey: [SURVEY], assistance: [ASSISTANCE], bulletin: '1,6', out: join(work, out), ...extra };
  return build(parseBuildOptions(flags, ROOT), ROOT, hooks);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

let first: BuildSummary;
const logs: string[] = [];

beforeAll(async () => {
  first = await run('a', {}, { log: (m) => logs.push(m) });
}, 600_000);

describe('bulletin build', () => {
  it('writes one PDF per bulletin and language, with charts and tables, and says how many rows were rejected', () => {
    const out = join(work, 'a');
    expect(files(join(out, 'en'))).toEqual(['01-socio-demographic-profile.pdf', '06-direct-assistance.pdf']);
    expect(files(join(out, 'ru'))).toEqual(['01-socio-demographic-profile.pdf', '06-direct-assistance.pdf']);
    expect(first.pdfs).toBe(4);
    expect(logs.join('\n')).toMatch(/survey-small\.csv: 1 of 161 rows rejected/);
    for (const b of [1, 6]) {
      for (const lang of ['en', 'ru']) {
        const svgs = first.manifest.outputs.filter((o) => o.bulletin === b && o.lang === lang && o.format === 'svg');
        expect(svgs.length).toBeGreaterThanOrEqual(5);
      }
    }
    expect(existsSync(join(out, 'charts', 'b6-kgz-sex.en.svg'))).toBe(true);
    expect(existsSync(join(out, 'charts', 'b6-kgz-sex.ru.png'))).toBe(true);
    expect(existsSync(join(out, 'charts', 'b6-kgz-sex.ru.vl.json'))).toBe(true);
    expect(existsSync(join(out, 'tables', 'b6-kgz-sex.csv'))).toBe(true);
    expect(existsSync(join(out, 'tables', 'b6-all-sex.json'))).toBe(true);
  });

  it('lists every file it wrote in the manifest, with the right sha256 and relative paths only', () => {
    const out = join(work, 'a');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.outputs.map((o) => o.path).sort()).toEqual(files(out).filter((f) => f !== 'manifest.json'));
    for (const o of manifest.outputs) expect(o.sha256, o.path).toBe(sha(join(out, o.path)));
    expect(manifest.inputs.map((i) => [i.path, i.kind, i.rows, i.accepted, i.rejected])).toEqual([
      [SURVEY, 'survey', 161, 160, 1],
      [ASSISTANCE, 'assistance', 105, 105, 0],
    ]);
    for (const i of manifest.inputs) expect(i.sha256).toBe(sha(join(ROOT, i.path)));
    const pdf = manifest.outputs.find((o) => o.path === 'en/06-direct-assistance.pdf');
    expect(pdf).toMatchObject({ type: 'pdf', bulletin: 6, lang: 'en', countries: ['KGZ', 'KAZ'] });
    expect(pdf?.pages).toBeGreaterThan(5);
    expect(manifest.outputs.find((o) => o.path === 'charts/b6-kgz-sex.en.svg')).toMatchObject({
      type: 'chart', format: 'svg', bulletin: 6, lang: 'en', country: 'KGZ', figure: 'b6-kgz-sex',
    });
    expect(manifest.outputs.find((o) => o.path === 'validation.json')).toMatchObject({ type: 'report' });
    for (const f of files(out).filter((x) => /\.(json|csv|svg)$/.test(x))) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text.includes(work), f).toBe(false);
      expect(text.includes(ROOT), f).toBe(false);
    }
  });

  it('writes PDFs that read without a fault, embed every font, and whose text is the golden text', async () => {
    const out = join(work, 'a');
    for (const f of ['en/01-socio-demographic-profile.pdf', 'en/06-direct-assistance.pdf', 'ru/01-socio-demographic-profile.pdf', 'ru/06-direct-assistance.pdf']) {
      expect(await pdfFaults(join(out, f)), f).toEqual([]);
      const fonts = (await readPdf(join(out, f))).fonts;
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.embedded, `${f} ${font.name}`).toBe(true);
    }
    await expect(await pdfText(join(out, 'en/06-direct-assistance.pdf'))).toMatchFileSnapshot('golden/b6-en.pdf.txt');
    await expect(await pdfText(join(out, 'ru/01-socio-demographic-profile.pdf'))).toMatchFileSnapshot('golden/b1-ru.pdf.txt');
  });

  it('runs the publication check: nothing found on the fixtures, recorded in validation.json and the manifest', () => {
    const out = join(work, 'a');
    expect(first.findings).toEqual([]);
    const validation = JSON.parse(readFileSync(join(out, 'validation.json'), 'utf8')) as { publication: unknown[] };
    expect(validation.publication).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.publicationCheck).toEqual({ findings: 0, byRule: {} });
  });

  it('prints no hidden-value symbol inside a sentence of the pages (read with pdfjs)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const f of ['en/06-direct-assistance.pdf', 'ru/06-direct-assistance.pdf', 'ru/01-socio-demographic-profile.pdf']) {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(work, 'a', f))), useSystemFonts: false }).promise;
      for (let i = 1; i <= doc.numPages; i++) {
        const c = await (await doc.getPage(i)).getTextContent();
        const lines = c.items.map((it) => ('str' in it ? it.str : '')).filter((t) => t.length > 40);
        // Sentences are the long lines; chart labels and table cells ("<5", "–") are short ones.
        for (const l of lines) expect(l, `${f} page ${i}`).not.toMatch(/\(<\d|\(–|\/–|<\d+ (boys|girls|мальчик|девоч)/);
      }
      await doc.destroy();
    }
  });

  it('writes tables that a spreadsheet cannot run as formulas', () => {
    const csv = readFileSync(join(work, 'a', 'tables', 'b6-kgz-partners.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF"office",')).toBe(true); // BOM: Excel reads the Russian labels as UTF-8
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+Partner Gamma");
    for (const line of csv.split('\n')) for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+@]/);
  });

  it('gives byte-identical outputs for the same inputs, in another time zone and locale', async () => {
    const tz = process.env.TZ;
    const lang = process.env.LANG;
    process.env.TZ = 'Pacific/Kiritimati';
    process.env.LANG = 'ru_RU.UTF-8';
    let again: BuildSummary;
    try {
      expect(new Date('2021-04-01T00:00:00Z').getTimezoneOffset()).toBe(-840);
      again = await run('b');
    } finally {
      process.env.TZ = tz;
      process.env.LANG = lang;
    }
    expect(again.manifest.outputs).toEqual(first.manifest.outputs);
    expect(readFileSync(join(work, 'b', 'manifest.json'))).toEqual(readFileSync(join(work, 'a', 'manifest.json')));
  }, 600_000);

  it('leaves the previous outputs whole when a build fails mid-way or before the swap', async () => {
    const out = join(work, 'c');
    cpSync(join(work, 'a'), out, { recursive: true });
    const before = files(out).map((f) => [f, sha(join(out, f))]);
    let steps = 0;
    // Step 2 comes after the PDF, its charts and tables were written to the temporary directory.
    const failing = run('c', { bulletin: '6', lang: 'en' }, {
      progress: () => {
        if (++steps === 2) throw new Error('injected failure while rendering');
      },
    });
    await expect(failing).rejects.toThrow('injected failure');
    await expect(run('c', { bulletin: '6', lang: 'en' }, { beforeSwap: () => { throw new Error('injected failure before the swap'); } })).rejects.toThrow(
      'before the swap',
    );
    expect(files(out).map((f) => [f, sha(join(out, f))])).toEqual(before);
    expect(readdirSync(work).filter((n) => n.startsWith('.c.'))).toEqual([]);
  }, 600_000);

  it('fails with exit 1 under --strict when a row is rejected, writing nothing', async () => {
    const err = await run('d', { strict: true, bulletin: '6' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).exitCode).toBe(1);
    expect(existsSync(join(work, 'd'))).toBe(false);
  });

  it('skips a bulletin whose input is missing and builds the others; exit 2 when nothing is left', async () => {
    const messages: string[] = [];
    const s = await run('e', { assistance: undefined, survey: [SURVEY], bulletin: '1,6', lang: 'ru' }, { log: (m) => messages.push(m) });
    expect(s.skipped).toEqual([{ bulletin: 6, reason: 'no assistance input' }]);
    expect(messages).toContain('bulletin 6 (Direct Assistance) skipped: no assistance input');
    expect(files(join(work, 'e', 'ru'))).toEqual(['01-socio-demographic-profile.pdf']);
    const err = await run('f', { assistance: undefined, survey: [SURVEY], bulletin: '6' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(relative(work, join(work, 'f'))).toBe('f');
    expect(existsSync(join(work, 'f'))).toBe(false);
  }, 600_000);
});
