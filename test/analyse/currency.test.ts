import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRates, parseRates, toUsd } from '../../src/analyse/currency.js';
import { UsageError } from '../../src/errors.js';

describe('exchange rates', () => {
  it('bundles every month 2019-01..2021-12 for RUB, KZT, KGS, TJS, UZS and EUR', () => {
    const r = loadRates();
    expect(r.from).toBe('2019-01');
    expect(r.to).toBe('2021-12');
    for (let y = 2019; y <= 2021; y++)
      for (let m = 1; m <= 12; m++)
        for (const c of ['RUB', 'KZT', 'KGS', 'TJS', 'UZS', 'EUR']) {
          const month = `${y}-${String(m).padStart(2, '0')}`;
          expect(r.rates.get(`${month}|${c}`), `${month} ${c}`).toBeDefined();
        }
    expect(r.bases).toEqual(['annual_average', 'monthly_average']);
    for (const [key, rate] of r.rates) if (/\|(RUB|EUR)$/.test(key)) expect(rate.basis, key).toBe('monthly_average');
  });

  it('converts at the rate of the month; USD as is; unknown month or currency → null', () => {
    const r = parseRates('month,currency,per_usd\n2020-04,RUB,80\n2020-05,RUB,72.5\n', 'r.csv');
    expect(toUsd(8000, 'RUB', '2020-04', r)).toBe(100);
    expect(toUsd(7250, 'rub', '2020-05-17', r)).toBe(100);
    expect(toUsd(50, 'USD', '1999-01', r)).toBe(50);
    expect(toUsd(50, 'RUB', '2020-06', r)).toBeNull();
    expect(toUsd(50, 'KZT', '2020-04', r)).toBeNull();
  });

  it('rejects a bad user table with the file and line (UsageError, exit 2)', () => {
    const bad = [
      ['month,currency\n2020-01,RUB\n', /per_usd/],
      ['month,currency,per_usd\n', /no rows/],
      ['month,currency,per_usd\n2020-13,RUB,70\n', /line 2: month "2020-13"/],
      ['month,currency,per_usd\n2020-01,RUB,70\n2020-01,RUB,71\n', /line 3: a second rate/],
      ['month,currency,per_usd\n2020-01,RUB,-3\n', /line 2: per_usd "-3"/],
      ['month,currency,per_usd\n2020-01,Rouble,70\n', /line 2: currency "Rouble"/],
    ] as const;
    for (const [text, re] of bad) {
      let err: unknown;
      try {
        parseRates(text, 'mine.csv');
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(UsageError);
      expect((err as UsageError).exitCode).toBe(2);
      expect((err as Error).message).toMatch(re);
    }
  });

  it('reads a user file; a missing one is a UsageError naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rates-'));
    const f = join(dir, 'r.csv');
    writeFileSync(f, '\uFEFFmonth,currency,per_usd,basis\r\n2021-03,KGS,"84,9",monthly_average\r\n');
    const r = loadRates(f);
    expect(r.name).toBe('r.csv');
    expect(toUsd(849, 'KGS', '2021-03', r)).toBeCloseTo(10, 12);
    expect(() => loadRates(join(dir, 'none.csv'))).toThrow(/none\.csv/);
  });
});
