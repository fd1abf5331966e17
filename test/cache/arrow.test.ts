// cache/arrow.ts: the Dataset columns survive Arrow IPC exactly, or are refused.
import fc from 'fast-check';
import { table } from '../../src/model/arquero.js';
import { describe, expect, it } from 'vitest';
import { decodeTable, encodeTable } from '../../src/cache/arrow.js';

const columnsOf = (t: ReturnType<typeof table>) => Object.fromEntries(t.columnNames().map((n) => [n, Array.from(t.array(n) as ArrayLike<unknown>)]));
const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe('Arrow round trip', () => {
  it('keeps text, numbers, option columns, nulls and column order', () => {
    const cols = {
      country: ['KGZ', null, 'TJK', 'KGZ'],
      sex: ['male', 'female', null, 'female'],
      period: ['2021-04', '2021-04', '2021-05', null],
      age: [17, null, 65, 0],
      weight: [1.5, 2.25, null, 1e-9],
      'covid_impacts/none': [1, 0, null, 0],
      all_null: [null, null, null, null],
      big: [3_000_000_000, -1, 2, null],
      odd: [Number.NaN, Number.POSITIVE_INFINITY, -0, null],
      _line: [2, 3, 4, 5],
    };
    const back = decodeTable(encodeTable(table(cols))!);
    expect(back.columnNames()).toEqual(Object.keys(cols));
    const got = columnsOf(back);
    for (const [n, v] of Object.entries(cols)) expect(same(got[n] as unknown[], v), n).toBe(true);
    // plain arrays, nulls as null (not undefined), numbers as numbers (not BigInt)
    expect(Array.isArray(back.array('_line'))).toBe(true);
    expect(typeof got.big![0]).toBe('number');
  });

  it('keeps any column of text or numbers with nulls, of any length (property)', () => {
    const text = fc.array(fc.option(fc.string({ maxLength: 12 }), { nil: null }), { maxLength: 300 });
    const nums = fc.array(fc.option(fc.oneof(fc.integer(), fc.double(), fc.integer({ min: -200, max: 200 }), fc.constantFrom(0, 1)), { nil: null }), { maxLength: 300 });
    fc.assert(
      fc.property(fc.oneof(text, nums), fc.oneof(text, nums), (a, b) => {
        const n = Math.min(a.length, b.length);
        const cols = { a: a.slice(0, n), b: b.slice(0, n) };
        const back = decodeTable(encodeTable(table(cols))!);
        expect(back.numRows()).toBe(n);
        const got = columnsOf(back);
        expect(same(got.a as unknown[], cols.a)).toBe(true);
        expect(same(got.b as unknown[], cols.b)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps dictionaries of any size (narrow and wide keys, at the key-width edges)', () => {
    for (const distinct of [1, 127, 128, 129, 200, 32_767, 32_768, 40_000]) {
      const ids = Array.from({ length: Math.max(distinct, 1000) }, (_, i) => (i % 7 === 3 ? null : `R-${i % distinct}`));
      const back = decodeTable(encodeTable(table({ ids }))!);
      expect(same(Array.from(back.array('ids') as ArrayLike<unknown>), ids), String(distinct)).toBe(true);
    }
  });

  it('refuses what it cannot give back exactly', () => {
    expect(encodeTable(table({ mixed: ['a', 1] }))).toBeUndefined();
    expect(encodeTable(table({ flag: [true, false] }))).toBeUndefined();
    expect(encodeTable(table({ gap: [1, undefined] }))).toBeUndefined();
  });

  it('throws on bytes that are not Arrow', () => {
    expect(() => columnsOf(decodeTable(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])))).toThrow();
  });
});
