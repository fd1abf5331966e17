/**
 * Builds of `bulletin sample` data (two seeds), a country subset and a period subset of the bundled
 * samples, re-checked independently of the build's audit (audit.ts): for every hidden value of both
 * instruments, a deviation-form integer program written here (unknown deviations y from the true
 * table, published counts fixed at y = 0, every subset pair found by brute force over all pairs of
 * row sets, not by model.ts) must reach the safety range; and no numerator of 1–4 (sensitive or not) is
 * published. The builds go through `prepare`, as `bulletin build` does (a failing audit throws).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBuildOptions } from '../../../src/pipeline/build-options.js';
import { prepare, type Prepared } from '../../../src/pipeline/prepare.js';
import { writeSamples } from '../../../src/sample/write-samples.js';
import type { Disclosure } from '../../../src/analyse/sdc/control.js';
import type { ResultRow } from '../../../src/analyse/result.js';
import { isSubset } from '../../../src/analyse/sdc/cell-sets.js';
import { safetyRange } from '../../../src/analyse/sdc/protect.js';
import { loadRegistry } from '../../../src/analyse/registry.js';
import { loadSolver, solve, type Program } from '../../../src/analyse/sdc/lp.js';
import type { InstrumentKind } from '../../../src/schema/types.js';

const N = 5;
const ROOT = join(import.meta.dirname, '..', '..', '..');
const SAMPLES = join(ROOT, 'data-samples');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sdc-audit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function build(flags: Record<string, unknown>): Promise<Prepared> {
  return prepare(parseBuildOptions(flags, ROOT), ROOT, () => undefined);
}

/**
 * A published row whose numerator counts 1–4 people, sensitive trait or not ("<1 %" of 400 is still
 * 3 people). The number of distinct partners or provinces counts no one.
 */
function smallLeaks(rows: readonly ResultRow[]): string[] {
  const registry = new Map(loadRegistry().map((r) => [r.id, r]));
  const numerator = (r: ResultRow) => r.count ?? (r.stat === 'count' ? (r.value ?? 0) : 0);
  return rows
    .filter((r) => registry.get(r.indicator)?.statistic !== 'distinct')
    .filter((r) => r.suppressed === undefined && numerator(r) >= 1 && numerator(r) < N)
    .map((r) => r.key);
}

/** Every hidden value's range under a deviation-form program; the values narrower than the safety range. */
async function narrowValues(d: Disclosure): Promise<string[]> {
  const m = d.model;
  const h = await loadSolver();
  const a = (v: number) => m.vars[v]!.size;
  const published = new Set<number>();
  for (const rv of m.rowVars) {
    if (d.hidden.has(rv.base)) continue;
    published.add(rv.base);
    if (rv.num !== null && !d.hidden.has(rv.num)) published.add(rv.num);
  }
  const unknown = m.vars.filter((v) => !published.has(v.id) && m.occurrences[v.id]! > 0).map((v) => v.id);
  // brute-force subset pairs among every unknown and every variable with its rows kept
  const withRows = m.vars.filter((v) => v.rows !== null && v.size > 0);
  const pairs: Array<[number, number]> = [];
  for (const x of unknown) {
    const vx = m.vars[x]!;
    if (!vx.rows || vx.size === 0) continue;
    for (const y of withRows) {
      if (y.id === x) continue;
      if (y.size >= vx.size && isSubset(vx.rows, y.rows!)) pairs.push([x, y.id]);
      else if (y.size <= vx.size && isSubset(y.rows!, vx.rows)) pairs.push([y.id, x]);
    }
  }
  const box = 3 * (N - 1);
  const unknownSet = new Set(unknown);
  const prog: Program = { sense: 'max', objective: [], rows: [], bounds: new Map(), integer: new Set(), binary: new Set() };
  for (const v of unknown) {
    const kind = d.hidden.get(v);
    const lo = kind === 'primary' ? 1 - a(v) : kind === 'secondary' ? Math.max(1 - a(v), -box) : Math.max(-a(v), -box);
    const hi = kind === 'primary' ? N - 1 - a(v) : box;
    prog.bounds.set(`y${v}`, { lo, hi });
    prog.integer.add(`y${v}`);
  }
  for (const l of m.lines) {
    const terms = l.vars.flatMap((v, k) => (unknownSet.has(v) ? [{ v: `y${v}`, c: l.coefs[k]! }] : []));
    if (terms.length === 0) continue;
    const slack = l.op === '<=' ? -l.vars.reduce((s, v, k) => s + l.coefs[k]! * a(v), 0) : 0;
    prog.rows.push({ terms, op: l.op, rhs: slack });
  }
  for (const [sub, sup] of pairs) {
    const terms = [];
    if (unknownSet.has(sub)) terms.push({ v: `y${sub}`, c: 1 });
    if (unknownSet.has(sup)) terms.push({ v: `y${sup}`, c: -1 });
    prog.rows.push({ terms, op: '<=' as const, rhs: a(sup) - a(sub) });
  }
  const narrow: string[] = [];
  for (const v of d.hidden.keys()) {
    const ext: number[] = [];
    for (const sense of ['max', 'min'] as const) {
      const sol = solve(h, { ...prog, sense, objective: [{ v: `y${v}`, c: 1 }] }, 200_000);
      expect(sol.status).toBe('optimal');
      ext.push(sol.objective);
    }
    if (ext[0]! - ext[1]! < safetyRange(N)) narrow.push(`${m.rows[m.nameRow[v]!]!.key}: ${ext[1]}…${ext[0]}`);
  }
  return narrow;
}

async function check(p: Prepared, kinds: InstrumentKind[]) {
  for (const kind of kinds) {
    const d = p.disclosure[kind]!;
    expect(d.audit.failures, kind).toEqual([]);
    expect(d.hiddenPrimary, kind).toBeGreaterThan(0);
    expect(smallLeaks(p.results[kind]!), kind).toEqual([]);
    expect(await narrowValues(d), kind).toEqual([]);
  }
}

describe('disclosure audit re-derived by a second formulation', () => {
  it('bulletin sample --seed 2 --rows 1500 (its assistance records failed the audit before "<5" margins could be shown as "–")', async () => {
    await writeSamples({ kind: 'all', rows: 1500, seed: 2, outDir: join(dir, 's2'), weighted: false });
    const p = await build({ survey: [join(dir, 's2', 'survey.csv')], assistance: [join(dir, 's2', 'assistance.csv')] });
    await check(p, ['survey', 'assistance']);
  }, 600_000);

  it('bulletin sample --seed 5 --rows 800', async () => {
    await writeSamples({ kind: 'all', rows: 800, seed: 5, outDir: join(dir, 's5'), weighted: false });
    const p = await build({ survey: [join(dir, 's5', 'survey.csv')], assistance: [join(dir, 's5', 'assistance.csv')] });
    await check(p, ['survey', 'assistance']);
  }, 600_000);

  it('the bundled samples, Kyrgyzstan and Tajikistan only', async () => {
    const p = await build({ survey: [join(SAMPLES, 'survey.csv')], assistance: [join(SAMPLES, 'assistance.csv')], country: 'KGZ,TJK' });
    await check(p, ['survey', 'assistance']);
  }, 600_000);

  it('the bundled assistance records, December 2020 to February 2021', async () => {
    const p = await build({ assistance: [join(SAMPLES, 'assistance.csv')], period: '2020-12..2021-02' });
    await check(p, ['assistance']);
  }, 600_000);
});
