/**
 * data-samples/assistance.csv must state the seed bulletin's figures: every fact of SEED_FACTS is
 * computed here from the CSV alone (not from the generator) and compared exactly.
 */
import { describe, expect, it } from 'vitest';
import { instrument } from '../../src/schema/instruments.js';
import { isIso3 } from '../../src/schema/countries.js';
import { SEED_FACTS, SEED_TOTAL, ASSISTANCE_SEGMENTS, type FactFilter, type SeedFact } from '../../src/sample/seed-targets.js';
import { readSample } from './read-csv.js';

type Row = Record<string, string>;
const csv = readSample('assistance.csv');
const types = (r: Row) => (r.assistance_types ?? '').split(' ').filter(Boolean);

function select(rows: readonly Row[], f: FactFilter): Row[] {
  return rows.filter(
    (r) =>
      r.office === f.office &&
      (f.type === undefined || types(r).includes(f.type)) &&
      (f.anyType === undefined || f.anyType.some((t) => types(r).includes(t))) &&
      (f.city === undefined || r.city === f.city) &&
      (f.partner === undefined || r.partner === f.partner) &&
      (f.beneficiaryType === undefined || (r.beneficiary_type || 'individual') === f.beneficiaryType) &&
      (f.returnCountry === undefined || r.return_country === f.returnCountry) &&
      (f.adults !== true || Number(r.age) >= 18),
  );
}

function countBy(rows: readonly Row[], column: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const v = r[column] ?? '';
    if (v !== '') out[v] = (out[v] ?? 0) + 1;
  }
  return out;
}

function measure(fact: SeedFact, rows: readonly Row[]): unknown {
  const m = fact.measure;
  switch (m.kind) {
    case 'count':
      return rows.length;
    case 'countBy': {
      const all = countBy(rows, m.column);
      return m.partial ? Object.fromEntries(Object.keys(m.expected).map((k) => [k, all[k] ?? 0])) : all;
    }
    case 'ageRange': {
      const ages = rows.map((r) => Number(r.age));
      return [Math.min(...ages), Math.max(...ages)];
    }
    case 'minorsBySex': {
      const minors = rows.filter((r) => Number(r.age) < 18);
      return { male: minors.filter((r) => r.sex === 'male').length, female: minors.filter((r) => r.sex === 'female').length };
    }
    case 'distinct':
      return [...new Set(rows.map((r) => r[m.column] ?? '').filter(Boolean))].sort();
    case 'distinctCount':
      return new Set(rows.map((r) => r[m.column] ?? '').filter(Boolean)).size;
    case 'vulnerability':
      return rows.filter((r) => (r.vulnerabilities ?? '').split(' ').includes(m.code)).length;
    case 'period': {
      const months = rows.map((r) => (r.assistance_date ?? '').slice(0, 7)).sort();
      return [months[0], months.at(-1)];
    }
  }
}

function expected(fact: SeedFact): unknown {
  const m = fact.measure;
  if (m.kind === 'countBy') return { ...m.expected };
  if (m.kind === 'distinct') return [...m.expected].sort();
  if (m.kind === 'ageRange' || m.kind === 'period') return [...m.expected];
  return m.expected;
}

describe('data-samples/assistance.csv reproduces the seed bulletin 6', () => {
  it.each(SEED_FACTS.map((f) => [f.id, f] as const))('%s', (_id, fact) => {
    expect(measure(fact, select(csv.rows, fact.filter))).toEqual(expected(fact));
  });

  it('holds the records of the plan: 295 + 189 + 230 + 1,452', () => {
    expect(csv.rows).toHaveLength(SEED_TOTAL);
    expect(countBy(csv.rows, 'office')).toEqual({ KGZ: 295, TJK: 189, KAZ: 230, RUS: 1452 });
    expect(SEED_TOTAL).toBe(2166);
  });

  it('has every canonical column in declaration order', () => {
    expect(csv.header).toEqual(instrument('assistance').columns.map((c) => c.name));
  });

  it('is a valid assistance file: unique ids, codes, countries, return country with avr', () => {
    expect(new Set(csv.rows.map((r) => r.case_id)).size).toBe(csv.rows.length);
    const spec = instrument('assistance');
    for (const r of csv.rows) {
      for (const c of spec.columns) {
        const v = r[c.name] ?? '';
        if (c.required) expect(v, `${r.case_id} ${c.name}`).not.toBe('');
        if (v === '') continue;
        if (c.type === 'iso3') expect(isIso3(v), `${c.name}=${v}`).toBe(true);
        if (c.type === 'code') expect((c.codes ?? []).map((x) => x.code)).toContain(v);
        if (c.type === 'multi') for (const o of v.split(' ')) expect((c.codes ?? []).map((x) => x.code)).toContain(o);
        if (c.type === 'date') expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const age = Number(r.age);
      expect(age >= 0 && age <= 110).toBe(true);
      if (types(r).includes('avr')) expect(r.return_country).not.toBe('');
      const vul = (r.vulnerabilities ?? '').split(' ');
      if (vul.includes('none')) expect(vul).toEqual(['none']);
      if (r.beneficiary_type === 'family') expect(Number(r.household_members)).toBeGreaterThanOrEqual(2);
      else expect(r.household_members).toBe('');
    }
  });

  it('states each segment of the plan consistently (quotas add up to the counts)', () => {
    for (const s of ASSISTANCE_SEGMENTS) {
      const sum = (q: Record<string, number>) => Object.values(q).reduce((a, b) => a + b, 0);
      expect(s.sex.male + s.sex.female, s.id).toBe(s.count);
      expect(sum(s.citizenship), s.id).toBe(s.count);
      expect(s.minors.male).toBeLessThanOrEqual(s.sex.male);
      expect(s.minors.female).toBeLessThanOrEqual(s.sex.female);
      if (s.minorCitizenship) expect(sum(s.minorCitizenship)).toBe(s.minors.male + s.minors.female);
    }
  });
});
