import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { provinceTotals } from '../../src/geo/province-totals.js';
import { placesOf } from '../../src/schema/places.js';

describe('provinceTotals', () => {
  it('sums the counts of each province by code, whatever its case, and the rest as unknown', () => {
    const { known, unknown } = provinceTotals('KGZ', [
      { code: 'KG-GB', count: 10 },
      { code: 'KG-C', count: 30 },
      { code: 'kg-gb', count: 5 },
      { code: null, count: 2 },
      { code: 'TJ-SU', count: 1 },
      { code: '', count: 1 },
    ]);
    expect([...known]).toEqual([
      ['KG-GB', 15],
      ['KG-C', 30],
    ]);
    expect(unknown).toBe(4);
  });

  it('has nothing unknown when everything matched, and nothing for no records', () => {
    expect(provinceTotals('KAZ', [])).toEqual({ known: new Map(), unknown: 0 });
    expect(provinceTotals('KAZ', [{ code: 'KZ-SHY', count: 2 }])).toEqual({ known: new Map([['KZ-SHY', 2]]), unknown: 0 });
  });

  it('rejects negative or non-finite counts', () => {
    expect(() => provinceTotals('KGZ', [{ code: 'KG-C', count: -1 }])).toThrow(RangeError);
    expect(() => provinceTotals('KGZ', [{ code: 'KG-C', count: Number.NaN }])).toThrow(RangeError);
  });

  it('always adds up to the total', () => {
    const codes = [...placesOf('KGZ').map((p) => p.code), 'TJ-SU', 'RU-MOW', null, '', 'xx'];
    fc.assert(
      fc.property(fc.array(fc.record({ code: fc.constantFrom(...codes), count: fc.nat(1000) }), { maxLength: 40 }), (counts) => {
        const { known, unknown } = provinceTotals('KGZ', counts);
        const total = counts.reduce((s, c) => s + c.count, 0);
        expect([...known.values()].reduce((s, n) => s + n, 0) + unknown).toBe(total);
      }),
    );
  });
});
