import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapTable, UNKNOWN_PROVINCE } from '../../src/geo/map-table.js';
import { placesOf } from '../../src/schema/places.js';

describe('mapTable', () => {
  it('gives one row per province with records, largest first, and an unknown row last', () => {
    const rows = mapTable('KGZ', [
      { code: 'KG-GB', count: 10 },
      { code: 'KG-C', count: 30 },
      { code: 'kg-gb', count: 5 },
      { code: null, count: 2 },
      { code: 'TJ-SU', count: 1 },
      { code: '', count: 1 },
    ]);
    expect(rows).toEqual([
      { code: 'KG-C', name_en: 'Chui Region', name_ru: 'Чуйская область', count: 30 },
      { code: 'KG-GB', name_en: 'Bishkek', name_ru: 'Бишкек', count: 15 },
      { code: 'unknown', name_en: UNKNOWN_PROVINCE.en, name_ru: UNKNOWN_PROVINCE.ru, count: 4 },
    ]);
    expect(UNKNOWN_PROVINCE.ru).toBe('Неизвестная область');
  });

  it('lists every province with `all`, in table order among equals', () => {
    const rows = mapTable('TJK', [{ code: 'TJ-KT', count: 3 }], { all: true });
    expect(rows.map((r) => r.code)).toEqual(['TJ-KT', ...placesOf('TJK').map((p) => p.code).filter((c) => c !== 'TJ-KT')]);
    expect(rows.slice(1).every((r) => r.count === 0)).toBe(true);
  });

  it('has no unknown row when everything matched, and no rows for no records', () => {
    expect(mapTable('KAZ', []).length).toBe(0);
    expect(mapTable('KAZ', [{ code: 'KZ-SHY', count: 2 }]).map((r) => r.code)).toEqual(['KZ-SHY']);
  });

  it('rejects negative or non-finite counts', () => {
    expect(() => mapTable('KGZ', [{ code: 'KG-C', count: -1 }])).toThrow(RangeError);
    expect(() => mapTable('KGZ', [{ code: 'KG-C', count: Number.NaN }])).toThrow(RangeError);
  });

  it('always adds up to the total, with each code once', () => {
    const codes = [...placesOf('KGZ').map((p) => p.code), 'TJ-SU', 'RU-MOW', null, '', 'xx'];
    fc.assert(
      fc.property(fc.array(fc.record({ code: fc.constantFrom(...codes), count: fc.nat(1000) }), { maxLength: 40 }), fc.boolean(), (counts, all) => {
        const rows = mapTable('KGZ', counts, { all });
        const total = counts.reduce((s, c) => s + c.count, 0);
        expect(rows.reduce((s, r) => s + r.count, 0)).toBe(total);
        expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
        const unknown = rows.filter((r) => r.code === 'unknown');
        expect(unknown.length).toBeLessThanOrEqual(1);
        if (unknown[0]) expect(rows[rows.length - 1]).toBe(unknown[0]);
      }),
    );
  });
});
