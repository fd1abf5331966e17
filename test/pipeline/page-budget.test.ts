/**
 * The page budget (issue 12): every bulletin in at most 14 pages (bulletin 6: 12) in both languages,
 * and no page but the last one under half full; on the bundled samples in data-samples/ and on data
 * the layout was not tuned on (`bulletin sample --seed 5 --rows 2000`). Each built once and read
 * back with pdfjs-dist: a page's fill is how far down its text goes (every figure and table ends with
 * its source line, so the lowest text is the bottom of the content).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildSummary } from '../../src/pipeline/build.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { writeSamples } from '../../src/sample/write-samples.js';
import { BODY, PAGE } from '../../src/render/theme.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bulletin-budget-'));

/** Pages allowed per bulletin, cover included (issue 12). */
const BUDGET: Record<number, number> = { 1: 14, 2: 14, 3: 14, 4: 14, 5: 14, 6: 12 };
/**
 * Where a data set still runs over the budget (pages as built now; docs/bulletins.md, "Departures
 * for the page budget"): a ceiling, so that the layout can only get shorter; the entry goes when the
 * bulletin fits its budget.
 */
const DATA = [
  { name: 'the bundled samples', dir: 'samples', over: {} as Record<string, number> },
  { name: 'sample --seed 5 --rows 2000', dir: 'seed5', over: {} as Record<string, number>, seed: 5, rows: 2000 },
] as const;

const summaries = new Map<string, BuildSummary>();
beforeAll(async () => {
  for (const d of DATA) {
    const flags: Record<string, unknown> = { out: join(work, d.dir), formats: 'svg' };
    if ('seed' in d) {
      const files = await writeSamples({ kind: 'all', seed: d.seed, rows: d.rows, outDir: join(work, `${d.dir}-in`), weighted: false });
      flags.survey = files.filter((f) => f.kind === 'survey').map((f) => join(work, `${d.dir}-in`, f.name));
      flags.assistance = files.filter((f) => f.kind === 'assistance').map((f) => join(work, `${d.dir}-in`, f.name));
      flags.cache = false;
    }
    summaries.set(d.dir, await build(parseBuildOptions(flags, ROOT), ROOT, {}));
  }
}, 1_800_000);

/** For every page, how far down (0–1 of the text block) its lowest line of text reaches; the running header and footer left out. */
async function fills(file: string): Promise<number[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
  const out: number[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let lowest: number = BODY.y;
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const y = PAGE.height - (item.transform as number[])[5]!;
        if (y > BODY.y && y < BODY.y + BODY.height + 2) lowest = Math.max(lowest, y);
      }
      out.push((lowest - BODY.y) / BODY.height);
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

describe.each(DATA)('page budget on $name', ({ dir, over }) => {
  it('builds all twelve bulletins', () => expect(summaries.get(dir)?.pdfs).toBe(12));

  for (const lang of ['en', 'ru'] as const) {
    it(`keeps every ${lang} bulletin within its pages, no page but the last under half full`, async () => {
      const summary = summaries.get(dir) as BuildSummary;
      const pdfs = summary.manifest.outputs.filter((o) => o.type === 'pdf' && o.lang === lang);
      expect(pdfs).toHaveLength(6);
      for (const pdf of pdfs) {
        const b = pdf.bulletin as number;
        const allowed = over[`${b}.${lang}`] ?? BUDGET[b]!;
        expect(pdf.pages, `${pdf.path}: pages`).toBeLessThanOrEqual(allowed);
        const f = await fills(join(work, dir, pdf.path));
        expect(f).toHaveLength(pdf.pages as number);
        // The cover is a page of its own; the last page may end early.
        const low = f.slice(1, -1).flatMap((x, i) => (x < 0.5 ? [`page ${i + 2}: ${Math.round(x * 100)} %`] : []));
        expect(low, `${pdf.path}: pages under half full`).toEqual([]);
      }
    });
  }
});
