/**
 * The analysis engine against R (base R and the survey package): the committed fixture
 * test/analyse/oracle/survey-oracle.json (made by survey-oracle.R in the same folder) is always
 * compared; when Rscript with survey and jsonlite is installed, the script is also run live and its
 * output compared the same way (and with the fixture).
 * Targets: counts and n exact; shares, means, quantiles, sums 1e-9; intervals 1e-6.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { from } from '../../src/model/arquero.js';
import { describe, expect, it } from 'vitest';
import { Frame } from '../../src/analyse/frame.js';
import { disaggregate, type DisaggregateSpec } from '../../src/analyse/disaggregate.js';
import type { ResultRow } from '../../src/analyse/result.js';
import { betaQuantile, incompleteBeta } from '../../src/analyse/beta.js';

interface Expected {
  key: string;
  stat: string;
  value: number;
  n: number;
  ci_low?: number;
  ci_high?: number;
}
interface OracleCase {
  name: string;
  data: Record<string, unknown>[];
  weighted: Expected[];
  unweighted: Expected[];
}
interface Oracle {
  cases: OracleCase[];
  beta: { p: number; a: number; b: number; q: number; cdf: number }[];
}

const DIR = new URL('./oracle/', import.meta.url);
const SCRIPT = new URL('survey-oracle.R', DIR).pathname;

function compute(c: OracleCase, weighted: boolean): Map<string, ResultRow> {
  const frame = new Frame(from(c.data), { m: ['o1', 'o2', 'o3'] });
  const rows = Array.from({ length: frame.numRows }, (_, i) => i);
  const pre = weighted ? 'w' : 'u';
  const base = { dims: ['country'], totals: true, ci: true, ...(weighted ? { weight: 'w', designSize: frame.numRows } : {}) };
  const specs: DisaggregateSpec[] = [
    { ...base, indicator: `${pre}.count`, statistic: 'count' },
    { ...base, indicator: `${pre}.share`, statistic: 'share', variable: 'y' },
    { ...base, indicator: `${pre}.share_valid`, statistic: 'share_valid', variable: 'y' },
    { ...base, indicator: `${pre}.multi`, statistic: 'multi_share', variable: 'm' },
    { ...base, indicator: `${pre}.mean`, statistic: 'mean', variable: 'x' },
    { ...base, indicator: `${pre}.quartiles`, statistic: 'quartiles', variable: 'x' },
    { ...base, indicator: `${pre}.sum`, statistic: 'sum', variable: 'x' },
    { ...base, indicator: `${pre}.min`, statistic: 'min', variable: 'x' },
    { ...base, indicator: `${pre}.max`, statistic: 'max', variable: 'x' },
    { ...base, indicator: `${pre}.share_sex`, statistic: 'share_valid', variable: 'y', dims: ['country', 'sex'] },
  ];
  const out = new Map<string, ResultRow>();
  for (const s of specs) for (const r of disaggregate(frame, rows, s)) out.set(r.key, r);
  return out;
}

interface Diffs {
  value: number;
  ci: number;
  compared: number;
}

function compare(oracle: Oracle): Diffs {
  const d: Diffs = { value: 0, ci: 0, compared: 0 };
  for (const c of oracle.cases) {
    for (const weighted of [true, false]) {
      const ours = compute(c, weighted);
      for (const e of weighted ? c.weighted : c.unweighted) {
        const r = ours.get(e.key);
        expect(r, `${c.name}: ${e.key}`).toBeDefined();
        if (!r) continue;
        expect(r.n, `${c.name}: n of ${e.key}`).toBe(e.n);
        expect(r.stat).toBe(e.stat);
        expect(r.weighted).toBe(weighted);
        const value = r.value as number;
        if (e.stat === 'count' && !weighted) expect(value).toBe(e.value);
        d.value = Math.max(d.value, Math.abs(value - e.value));
        expect(Math.abs(value - e.value), `${c.name}: ${e.key} value ${value} vs R ${e.value}`).toBeLessThan(1e-9);
        if (e.ci_low !== undefined && e.ci_high !== undefined) {
          expect(r.ci_method).toBe(weighted ? 'korn-graubard' : 'wilson');
          const dl = Math.abs((r.ci_low as number) - e.ci_low);
          const dh = Math.abs((r.ci_high as number) - e.ci_high);
          d.ci = Math.max(d.ci, dl, dh);
          expect(dl, `${c.name}: ${e.key} ci_low ${r.ci_low} vs R ${e.ci_low}`).toBeLessThan(1e-6);
          expect(dh, `${c.name}: ${e.key} ci_high ${r.ci_high} vs R ${e.ci_high}`).toBeLessThan(1e-6);
        }
        d.compared++;
      }
    }
  }
  return d;
}

function checkBeta(oracle: Oracle): void {
  expect(oracle.beta.length).toBe(75);
  let worst = 0;
  for (const g of oracle.beta) {
    const q = betaQuantile(g.p, g.a, g.b);
    worst = Math.max(worst, Math.abs(q - g.q));
    expect(Math.abs(q - g.q), `qbeta(${g.p}, ${g.a}, ${g.b}) = ${q} vs R ${g.q}`).toBeLessThan(1e-9);
    expect(Math.abs(incompleteBeta(0.37, g.a, g.b) - g.cdf), `pbeta(0.37, ${g.a}, ${g.b})`).toBeLessThan(1e-10);
  }
  console.log(`beta quantile: max |Δ| vs R qbeta ${worst.toExponential(2)}`);
}

function rAvailable(): boolean {
  const r = spawnSync('Rscript', ['-e', 'quit(status = if (requireNamespace("survey", quietly = TRUE) && requireNamespace("jsonlite", quietly = TRUE)) 0 else 1)'], { encoding: 'utf8' });
  return r.status === 0;
}

describe('analysis engine vs R survey (oracle)', () => {
  const fixture = JSON.parse(readFileSync(new URL('survey-oracle.json', DIR), 'utf8')) as Oracle;

  it('matches the committed R fixture', () => {
    const d = compare(fixture);
    expect(d.compared).toBeGreaterThan(400);
    checkBeta(fixture);
    console.log(`oracle fixture: ${d.compared} figures, max |Δ| value ${d.value.toExponential(2)}, max |Δ| interval ${d.ci.toExponential(2)}`);
  });

  it('matches R run live when Rscript and survey are installed (the fixture otherwise)', () => {
    if (!rAvailable()) {
      console.log('Rscript with survey/jsonlite not found: compared against the committed fixture only');
      expect(compare(fixture).compared).toBeGreaterThan(400);
      checkBeta(fixture);
      return;
    }
    const out = join(mkdtempSync(join(tmpdir(), 'oracle-')), 'live.json');
    execFileSync('Rscript', [SCRIPT, out], { stdio: 'ignore' });
    const live = JSON.parse(readFileSync(out, 'utf8')) as Oracle;
    const d = compare(live);
    checkBeta(live);
    console.log(`oracle live R: ${d.compared} figures, max |Δ| value ${d.value.toExponential(2)}, max |Δ| interval ${d.ci.toExponential(2)}`);
    expect(live.cases.map((c) => c.data)).toEqual(fixture.cases.map((c) => c.data));
  });
});
