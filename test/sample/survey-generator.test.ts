import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { instrument } from '../../src/schema/instruments.js';
import { NON_RESPONSE_CODES } from '../../src/schema/codes.js';
import { CURRENCY_CODES } from '../../src/schema/currencies.js';
import { isIso3 } from '../../src/schema/countries.js';
import { surveyHeader, surveyLines } from '../../src/sample/survey-generator.js';
import { SURVEY_PLACES } from '../../src/sample/survey-places.js';
import { parseCsv, readSample, type Csv } from './read-csv.js';
import { coherenceViolations } from './survey-coherence.js';

const text = (rows: number, seed: number, weighted = false) => [...surveyLines({ rows, seed, weighted })].join('\n');

const spec = instrument('survey');
const sample: Csv = readSample('survey.csv');
const answered = sample.rows.filter((r) => r.consent === 'yes');
const share = (rows: ReadonlyArray<Record<string, string>>, pred: (r: Record<string, string>) => boolean) =>
  rows.filter(pred).length / rows.length;

describe('survey sample generator', () => {
  it('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    expect(text(300, 5)).toBe(text(300, 5));
    expect(text(300, 5)).not.toBe(text(300, 6));
  });

  it('writes the requested number of rows', () => {
    for (const n of [1, 17, 250]) expect(parseCsv(text(n, 1)).rows).toHaveLength(n);
  });

  it('has every canonical column in declaration order, weight only when weighted', () => {
    const declared = spec.columns.map((c) => c.name);
    expect(parseCsv(text(5, 1, true)).header).toEqual(declared);
    expect(parseCsv(text(5, 1)).header).toEqual(declared.filter((n) => n !== 'weight'));
    expect(sample.header).toEqual(surveyHeader(false));
  });

  it('gives every weighted row a positive weight', () => {
    const w = parseCsv(text(400, 2, true)).rows.map((r) => Number(r.weight));
    expect(w.every((x) => Number.isFinite(x) && x > 0)).toBe(true);
  });

  it('bundles ~4,000 rows over the five countries, round R1, October 2020 – April 2021', () => {
    expect(sample.rows).toHaveLength(4000);
    const countries = new Set(sample.rows.map((r) => r.country));
    expect([...countries].sort()).toEqual(['KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
    expect(new Set(sample.rows.map((r) => r.survey_round))).toEqual(new Set(['R1']));
    const dates = sample.rows.map((r) => r.interview_date as string).sort();
    expect(dates[0]).toBe('2020-10-01');
    expect(dates.at(-1)).toBe('2021-04-30');
  });

  it('has unique response ids', () => {
    expect(new Set(sample.rows.map((r) => r.response_id)).size).toBe(sample.rows.length);
  });

  it('uses only valid codes, ISO3 countries, currencies and known province spellings', () => {
    for (const col of spec.columns) {
      const values = new Set(sample.rows.map((r) => r[col.name] ?? '').filter((v) => v !== ''));
      if (col.type === 'code' || col.type === 'yesno') {
        const codes = new Set((col.codes ?? []).map((c) => c.code));
        for (const v of values) expect(codes.has(v) || NON_RESPONSE_CODES.has(v), `${col.name}=${v}`).toBe(true);
      }
      if (col.type === 'multi') {
        const codes = new Set((col.codes ?? []).map((c) => c.code));
        for (const v of values) for (const o of v.split(' ')) expect(codes.has(o), `${col.name}=${v}`).toBe(true);
      }
      if (col.type === 'iso3') for (const v of values) expect(isIso3(v), `${col.name}=${v}`).toBe(true);
      if (col.type === 'currency') for (const v of values) expect(CURRENCY_CODES.has(v)).toBe(true);
      if (col.type === 'integer' || col.type === 'number') {
        for (const v of values) {
          const n = Number(v);
          expect(Number.isFinite(n), `${col.name}=${v}`).toBe(true);
          if (col.min !== undefined) expect(n).toBeGreaterThanOrEqual(col.min);
          if (col.max !== undefined) expect(n).toBeLessThanOrEqual(col.max);
        }
      }
    }
    const spellings = new Map(Object.entries(SURVEY_PLACES).map(([c, ps]) => [c, new Set(ps.flatMap((p) => Object.keys(p.spellings)))]));
    for (const r of sample.rows) {
      expect(spellings.get(r.country as string)?.has(r.admin1 as string), r.admin1).toBe(true);
      if (r.origin_admin1) expect(spellings.get(r.country as string)?.has(r.origin_admin1)).toBe(true);
    }
    // a mix of ISO codes, English and Russian names
    const admin1 = sample.rows.map((r) => r.admin1 as string);
    expect(admin1.some((v) => /^[A-Z]{2}-[A-Z]{1,3}$/.test(v))).toBe(true);
    expect(admin1.some((v) => /[А-Яа-я]/.test(v))).toBe(true);
    expect(admin1.some((v) => /^[A-Z][a-z]/.test(v))).toBe(true);
  });

  it('has roughly the intended distributions', () => {
    expect(share(sample.rows, (r) => r.sex === 'male')).toBeGreaterThan(0.7);
    expect(share(sample.rows, (r) => r.sex === 'male')).toBeLessThan(0.85);
    const age = (r: Record<string, string>) => Number(r.age);
    expect(share(sample.rows, (r) => age(r) >= 25 && age(r) <= 44)).toBeGreaterThan(0.5);
    const sectors = count(answered, 'sector_before');
    const top2 = Object.entries(sectors).filter(([k]) => k !== '').sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k]) => k);
    expect(top2.sort()).toEqual(['construction', 'trade']);
    const remitters = answered.filter((r) => r.remitted_before_covid === 'yes');
    expect(remitters.length / answered.length).toBeGreaterThan(0.6);
    expect(share(remitters, (r) => r.remittance_frequency === 'monthly')).toBeGreaterThan(0.5);
    expect(share(remitters, (r) => (r.remittance_channel ?? '').split(' ').includes('money_transfer_operator'))).toBeGreaterThan(0.6);
    expect(share(answered, (r) => (r.covid_impacts ?? '').split(' ').includes('lost_income'))).toBeGreaterThan(0.5);
    const returnees = answered.filter((r) => r.population_group === 'returnee');
    expect(share(returnees, (r) => r.last_country_abroad === 'RUS')).toBeGreaterThan(0.6);
    const rub = remitters.filter((r) => r.remittance_currency === 'RUB').map((r) => Number(r.remittance_amount)).sort((a, b) => a - b);
    const median = rub[Math.floor(rub.length / 2)] as number;
    expect(median).toBeGreaterThanOrEqual(10_000);
    expect(median).toBeLessThanOrEqual(30_000);
  });

  it('citizenship follows the population group: returnees of the country, stranded migrants of UZB/TJK/KGZ …', () => {
    for (const r of sample.rows) {
      if (r.population_group === 'returnee') {
        expect(['KGZ', 'TJK', 'UZB']).toContain(r.country);
        expect(r.citizenship).toBe(r.country);
      } else {
        expect(['KAZ', 'RUS']).toContain(r.country);
        expect(r.citizenship).not.toBe(r.country);
      }
    }
    const stranded = sample.rows.filter((r) => r.population_group === 'stranded_migrant');
    expect(share(stranded, (r) => ['UZB', 'TJK', 'KGZ'].includes(r.citizenship as string))).toBeGreaterThan(0.9);
  });

  it('puts dnk / pnta on a few percent of single-choice answers', () => {
    const single = spec.columns.filter((c) => c.nonResponse && c.type === 'code');
    let nr = 0;
    let all = 0;
    for (const r of answered) {
      for (const c of single) {
        const v = r[c.name] ?? '';
        if (v === '') continue;
        all++;
        if (NON_RESPONSE_CODES.has(v)) nr++;
      }
    }
    expect(nr / all).toBeGreaterThan(0.015);
    expect(nr / all).toBeLessThan(0.045);
  });

  it('follows the skip logic and the cross-field rules', () => {
    expect(coherenceViolations(sample.rows)).toEqual([]);
  });

  it('follows them for any seed and row count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 300 }), fc.boolean(), (seed, rows, weighted) => {
        const parsed = parseCsv(text(rows, seed, weighted));
        return parsed.rows.length === rows && coherenceViolations(parsed.rows).length === 0;
      }),
      { numRuns: 25 },
    );
  });

  it('keeps the rows without consent to the screening columns', () => {
    const refused = sample.rows.filter((r) => r.consent === 'no');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length / sample.rows.length).toBeLessThan(0.02);
    const screening = new Set(['response_id', 'survey_round', 'interview_date', 'country', 'admin1', 'population_group', 'consent', 'sex', 'age', 'citizenship']);
    for (const r of refused) for (const [k, v] of Object.entries(r)) if (!screening.has(k)) expect(v, k).toBe('');
  });
});

function count(rows: ReadonlyArray<Record<string, string>>, col: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[r[col] ?? ''] = (out[r[col] ?? ''] ?? 0) + 1;
  return out;
}
