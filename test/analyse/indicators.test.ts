import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/validate/load.js';
import { computeIndicators, computeProtected } from '../../src/analyse/indicators.js';
import { parseRates } from '../../src/analyse/currency.js';
import { kornGraubard } from '../../src/analyse/intervals.js';
import type { Dataset } from '../../src/model/dataset.js';
import { canonicalCsv, canonicalRows } from '../query/canonical-sample.js';

const rows = canonicalRows(500, 11);
let dataset: Dataset;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ind-'));
  const f = join(dir, 'survey.csv');
  writeFileSync(f, canonicalCsv(rows));
  dataset = (await loadDataset({ files: [f], kind: 'survey' })).dataset;
});

describe('computeIndicators', () => {
  it('weights shares (Korn–Graubard intervals, the whole file as the design) but not counts', () => {
    expect(dataset.weighted).toBe(true);
    const out = computeIndicators(dataset, { minCell: 0, ids: ['b1.sex', 'b1.interviews'] });
    const kgz = rows.filter((r) => r.country === 'KGZ');
    const fem = out.find((r) => r.key === 'b1.sex|country=KGZ|category=female');
    const kg = kornGraubard(kgz.map((r) => (r.sex === 'female' ? 1 : 0)), kgz.map((r) => Number(r.weight)), rows.length);
    expect(fem).toMatchObject({ weighted: true, ci_method: 'korn-graubard', n: kgz.length });
    expect(fem?.value).toBeCloseTo(kg.p, 12);
    expect(fem?.ci_low).toBeCloseTo(kg.interval?.low as number, 12);
    const interviews = out.filter((r) => r.indicator === 'b1.interviews' && r.dims.country === 'KGZ' && r.category === undefined);
    expect(interviews[0]).toMatchObject({ value: kgz.length, weighted: false });
  });

  it('keeps the rows of the countries and months asked for; keys are stable and unique', () => {
    const out = computeIndicators(dataset, { minCell: 5, country: ['TJK'], period: { from: '2021-02', to: '2021-03-31' }, ids: ['b1.sex', 'b3.remit_amount_usd'] });
    const tjk = rows.filter((r) => r.country === 'TJK' && (r.interview_date ?? '') >= '2021-02' && (r.interview_date ?? '') < '2021-04');
    expect(out.find((r) => r.key === 'b1.sex|country=TJK|category=male')?.n).toBe(tjk.length);
    expect(out.some((r) => r.dims.country === 'KGZ')).toBe(false);
    expect(new Set(out.map((r) => r.key)).size).toBe(out.length);
  });

  it('computeProtected: the per-table results of the same indicators are computeIndicators\' rows, as rows of their own', async () => {
    const io = { minCell: 20, ids: ['b1.sex', 'b1.age_sex', 'b2.migration_reason', 'b1.age'] };
    const r = await computeProtected(dataset, io);
    const perTable = r.perTable();
    const fresh = computeIndicators(dataset, io);
    expect(perTable).toEqual(fresh);
    expect(perTable.some((x) => x.suppressed !== undefined)).toBe(true);
    const shared = new Set<object>(r.rows.flatMap((x) => [x, x.dims]));
    expect(perTable.some((x) => shared.has(x) || shared.has(x.dims))).toBe(false);
  });

  it('converts amounts to USD at the rate of the interview month (user rates)', () => {
    const rates = parseRates('month,currency,per_usd\n2021-01,RUB,100\n2021-02,RUB,50\n2021-03,RUB,25\n2021-04,RUB,20\n', 'r.csv');
    // the registry's b3.remit_amount_usd counts remitters only; this sample has no such column, so
    // a declaration without the filter is given here
    const direct = computeIndicators({ ...dataset }, { minCell: 0, rates, ids: ['b3.remit_amount_usd'], registry: [
      { id: 'b3.remit_amount_usd', bulletin: 3, instrument: 'survey', title: { en: 'x', ru: 'x' }, where: [], dimensions: ['country'], statistic: 'max', variable: 'remittance_amount_usd', base: 'with_value', totals: true },
    ] });
    const kgz = rows.filter((r) => r.country === 'KGZ' && r.remittance_amount !== '');
    const usd = kgz.map((r) => Number(r.remittance_amount) / ({ '01': 100, '02': 50, '03': 25, '04': 20 } as Record<string, number>)[(r.interview_date ?? '').slice(5, 7)]!);
    expect(direct.find((r) => r.key === 'b3.remit_amount_usd|country=KGZ')?.value).toBeCloseTo(Math.max(...usd), 9);
  });
});
