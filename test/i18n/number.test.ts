import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatN, formatNumber, formatPercent, formatUsd } from '../../src/i18n/format.js';
import { show } from './show.js';

describe('formatNumber', () => {
  it('groups thousands and uses the decimal mark of the language', () => {
    expect(show(formatNumber(1234.5, 'en'))).toMatchInlineSnapshot(`"1,234.5"`);
    expect(show(formatNumber(1234.5, 'ru'))).toMatchInlineSnapshot(`"1·234,5"`);
    expect(show(formatNumber(1234567.891, 'ru', { decimals: 2 }))).toMatchInlineSnapshot(`"1·234·567,89"`);
    expect(show(formatNumber(-1234, 'ru'))).toMatchInlineSnapshot(`"-1·234"`);
    expect(show(formatNumber(2.25, 'en', { decimals: 0 }))).toMatchInlineSnapshot(`"2"`);
    expect(show(formatNumber(-0.01, 'en', { decimals: 0 }))).toMatchInlineSnapshot(`"0"`);
  });

  it('uses U+00A0 and nothing else as the Russian group separator', () => {
    const s = formatNumber(12345678, 'ru');
    expect(s).toBe('12\u00a0345\u00a0678');
  });

  it('rejects non-finite numbers and bad decimals', () => {
    expect(() => formatNumber(Number.NaN, 'en')).toThrow(RangeError);
    expect(() => formatNumber(1, 'en', { decimals: 1.5 })).toThrow(RangeError);
  });

  it('parses back to the rounded value in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (k, d) => {
        const x = k / 10 ** d;
        const en = formatNumber(x, 'en', { decimals: d }).replace(/,/g, '');
        const ru = formatNumber(x, 'ru', { decimals: d }).replace(/\u00a0/g, '').replace(',', '.');
        expect(Number(en)).toBeCloseTo(x, d);
        expect(Number(ru)).toBeCloseTo(x, d);
      }),
    );
  });
});

describe('formatCount / formatPercent / formatN', () => {
  it('formats counts as whole numbers', () => {
    expect(show(formatCount(1234, 'en'))).toMatchInlineSnapshot(`"1,234"`);
    expect(show(formatCount(1234, 'ru'))).toMatchInlineSnapshot(`"1·234"`);
    expect(show(formatCount(295, 'ru'))).toMatchInlineSnapshot(`"295"`);
  });

  it('shows whole percentages by default, with a no-break space in Russian', () => {
    expect(show(formatPercent(0.45, 'en'))).toMatchInlineSnapshot(`"45%"`);
    expect(show(formatPercent(0.45, 'ru'))).toMatchInlineSnapshot(`"45·%"`);
    expect(show(formatPercent(163 / 295, 'en'))).toMatchInlineSnapshot(`"55%"`);
    expect(show(formatPercent(163 / 295, 'ru', { decimals: 1 }))).toMatchInlineSnapshot(`"55,3·%"`);
    expect(show(formatPercent(1, 'ru'))).toMatchInlineSnapshot(`"100·%"`);
    expect(show(formatPercent(-0.001, 'en'))).toMatchInlineSnapshot(`"0%"`);
  });

  it('never prints a nonzero share as 0% nor a share short of all as 100%', () => {
    expect(show(formatPercent(0.004, 'en'))).toMatchInlineSnapshot(`"<1%"`);
    expect(show(formatPercent(0.004, 'ru'))).toMatchInlineSnapshot(`"<1·%"`);
    expect(show(formatPercent(0.0004, 'ru', { decimals: 1 }))).toMatchInlineSnapshot(`"<0,1·%"`);
    expect(show(formatPercent(0.005, 'en'))).toMatchInlineSnapshot(`"1%"`);
    expect(show(formatPercent(0, 'en'))).toMatchInlineSnapshot(`"0%"`);
    expect(show(formatPercent(0.996, 'en'))).toMatchInlineSnapshot(`">99%"`);
    expect(show(formatPercent(0.996, 'ru'))).toMatchInlineSnapshot(`">99·%"`);
    expect(show(formatPercent(0.994, 'en'))).toMatchInlineSnapshot(`"99%"`);
    expect(show(formatPercent(1, 'en'))).toMatchInlineSnapshot(`"100%"`);
  });

  it('writes the base of a figure', () => {
    expect(show(formatN(230, 'en'))).toMatchInlineSnapshot(`"n·=·230"`);
    expect(show(formatN(1230, 'ru'))).toMatchInlineSnapshot(`"n·=·1·230"`);
  });
});

describe('formatUsd', () => {
  it('puts the dollar sign where each language writes it', () => {
    expect(show(formatUsd(1250, 'en'))).toMatchInlineSnapshot(`"$1,250"`);
    expect(show(formatUsd(1250, 'ru'))).toMatchInlineSnapshot(`"1·250·долл.·США"`);
    expect(show(formatUsd(-40.5, 'en', { decimals: 2 }))).toMatchInlineSnapshot(`"-$40.50"`);
  });
});
