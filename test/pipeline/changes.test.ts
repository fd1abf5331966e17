/**
 * Rounds compared end to end: two rounds made by `bulletin sample` (test/helpers/rounds.ts), one
 * share moved on purpose. The build with --baseline writes tables/changes.csv|json whose
 * differences and 95 % intervals equal an independent recomputation from the raw CSVs
 * (scripts/reference/changes.py, Python standard library only; its output is committed in
 * fixtures/rounds/) to 1e-9, unweighted (Newcombe) and weighted (design-based); the moved share is
 * significant, the other is not; `bulletin diff` prints the same; the manifest records the baseline.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/build.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { makeRounds } from '../helpers/rounds.js';
import { runCli } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bulletin-rounds-'));

interface Expected {
  figure: string;
  country: string;
  sex: string;
  category: string;
  value: number;
  baseline_value: number;
  difference: number;
  diff_low: number;
  diff_high: number;
  significant: boolean;
  n: number;
  baseline_n: number;
}
type Row = Record<string, unknown> & { dims: Record<string, string> };

async function buildRound(survey: string, out: string, baseline?: string) {
  const flags: Record<string, unknown> = { survey: [survey], bulletin: '4', lang: 'en', out: join(work, out), ...(baseline ? { baseline: join(work, baseline) } : {}) };
  return build(parseBuildOptions(flags, ROOT), ROOT);
}

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as { rows: Row[]; baseline: { manifestSha256: string } };

beforeAll(async () => {
  const u = await makeRounds(work, false);
  const w = await makeRounds(work, true);
  await buildRound(u.r1, 'u1');
  await buildRound(u.r2, 'u2', 'u1');
  await buildRound(w.r1, 'w1');
  await buildRound(w.r2, 'w2', 'w1');
}, 600_000);

describe.each([
  ['unweighted', 'u2', 'newcombe'],
  ['weighted', 'w2', 'design-based'],
])('changes against the baseline, %s', (kind, out, method) => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'test/pipeline/fixtures/rounds', `expected-${kind}.json`), 'utf8')) as Expected[];

  it('equal the independent recomputation to 1e-9 and flag only the moved share', () => {
    const rows = read(join(work, out, 'tables', 'changes.json')).rows;
    expect(expected.length).toBe(20);
    for (const e of expected) {
      const got = rows.find((r) => r.figure === e.figure && r.dims.country === e.country && r.dims.sex === e.sex && r.category === e.category && r.stat === 'share');
      expect(got, `${e.figure} ${e.sex} ${e.category}`).toBeDefined();
      for (const k of ['value', 'baseline_value', 'difference', 'diff_low', 'diff_high'] as const) {
        expect(Math.abs((got![k] as number) - e[k]), `${e.figure} ${e.sex} ${e.category} ${k}`).toBeLessThan(1e-9);
      }
      expect(got!.significant).toBe(e.significant);
      expect(got!.method).toBe(method);
      expect([got!.n, got!.baseline_n]).toEqual([e.n, e.baseline_n]);
    }
    const flagged = (fig: string, sex: string) => expected.find((e) => e.figure === fig && e.sex === sex)!.significant;
    expect([flagged('b4-kgz-lost-job-sex', 'male'), flagged('b4-kgz-lost-job-sex', 'female')]).toEqual([true, true]);
    expect(flagged('b4-kgz-written-contract', 'female')).toBe(false);
  });

  it('records the baseline in the manifest and lists changes.csv with its sha256', () => {
    const m = JSON.parse(readFileSync(join(work, out, 'manifest.json'), 'utf8'));
    expect(m.baseline.path).toMatch(/[uw]1$/);
    expect(m.baseline.manifestSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(m.baseline.significant).toBeGreaterThan(0);
    expect(m.outputs.map((o: { path: string }) => o.path)).toEqual(expect.arrayContaining(['tables/changes.csv', 'tables/changes.json']));
  });
});

async function pdfText(path: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const c = await page.getTextContent();
    text += `${c.items.map((it) => ('str' in it ? `${it.str}${it.hasEOL ? '\n' : ''}` : '')).join('')}\n`;
  }
  await doc.destroy();
  return text.replace(/\s+/g, ' ');
}

describe('change sentences', () => {
  it('say "up from … in the previous round" only where the change is significant, and the methodology box says how', async () => {
    const before = await pdfText(join(work, 'u1', 'en', '04-employment-situation.pdf'));
    const after = await pdfText(join(work, 'u2', 'en', '04-employment-situation.pdf'));
    expect(before).not.toMatch(/previous round/);
    expect(after).toMatch(/Comparison with the previous round/);
    // The section's narrative, which names the country with its period in brackets (the key findings
    // near the front speak of the same shares without the change fragment).
    const kgz = after.split('Kyrgyzstan').find((s) => s.includes('lost their job because of COVID-19') && s.startsWith(' ('))!;
    expect(kgz).toMatch(/\d+\s?% \(up from \d+\s?% in the previous round\) lost their job because of COVID-19/);
    // the narrative's cells are published beside the figures' tables, and the baseline's were read
    const cells = JSON.parse(readFileSync(join(work, 'u2', 'tables', '04-employment-situation-narrative.json'), 'utf8')).cells as Array<Record<string, unknown>>;
    const lost = cells.find((c) => c.section === 'KGZ' && c.slot === 'lost_job')!;
    expect(lost.indicator).toBe('b4.lost_job_sex');
    const changes = read(join(work, 'u2', 'tables', 'changes.json')).rows;
    const row = changes.find((r) => r.figure === '04-employment-situation-narrative' && r.dims.slot === 'lost_job' && r.dims.country === 'KGZ')!;
    expect(row.significant).toBe(true);
    // a sentence whose share did not move significantly has no change fragment
    const contract = changes.find((r) => r.figure === '04-employment-situation-narrative' && r.dims.slot === 'contract_yes' && r.dims.country === 'KGZ')!;
    if (contract.significant === false) expect(kgz).not.toMatch(/\(up from \d+\s?% in the previous round\) had a written/);
  });
});

describe('bulletin diff', () => {
  it('prints the significant changes first, in markdown, json and csv', async () => {
    const md = await runCli(['diff', join(work, 'u1'), join(work, 'u2')]);
    expect(md.code).toBe(0);
    const sig = md.stdout.split('### Significant changes')[1]!.split('\n').filter((l) => l.startsWith('| b4-'));
    expect(sig.filter((l) => l.startsWith('| b4-kgz-lost-job-sex | KGZ |')).length).toBe(2);
    expect(sig.some((l) => l.startsWith('| b4-kgz-written-contract | KGZ | female |'))).toBe(false);
    const all = md.stdout.split('\n');
    expect(all.indexOf('### Significant changes')).toBeGreaterThan(0);
    const js = await runCli(['diff', join(work, 'u1'), join(work, 'u2'), '--format', 'json']);
    const d = JSON.parse(js.stdout);
    expect(d.changes.rows[0].significant).toBe(true);
    expect(d.inputs.added.length).toBe(1);
    const csv = await runCli(['diff', join(work, 'u1'), join(work, 'u2'), '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toMatch(/^"figure","country",.*,"difference","diff_low","diff_high","method","significant","n","baseline_n","suppressed"$/);
  });

  it('is exit 2 on a folder that is not a build, or whose tables were edited', async () => {
    const r = await runCli(['diff', work, join(work, 'u2')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not the output of `bulletin build` \(no manifest\.json\)/);
    const edited = join(work, 'edited');
    cpSync(join(work, 'u1'), edited, { recursive: true });
    const t = join(edited, 'tables', 'b4-kgz-lost-job-sex.json');
    writeFileSync(t, readFileSync(t, 'utf8').replace(/"value": 0\.\d+/, '"value": 0.5'));
    const e = await runCli(['diff', edited, join(work, 'u2')]);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/differs from the sha256 manifest\.json records/);
    const f = await runCli(['diff', join(work, 'u1'), join(work, 'u2'), '--format', 'xml']);
    expect(f.code).toBe(2);
  });

  it('a build whose baseline is not a build fails before writing anything', async () => {
    const r = await runCli(['build', '--survey', join(work, 'r1', 'survey.csv'), '--bulletin', '4', '--lang', 'en', '--out', join(work, 'never'), '--baseline', work]);
    expect(r.code).toBe(2);
    expect(() => readFileSync(join(work, 'never', 'manifest.json'))).toThrow();
  });
});
