import { describe, expect, it } from 'vitest';
import { OTHER, protectFreeText, type FreeTextContext } from '../../src/analyse/free-text.js';
import { resultKey, type ResultRow } from '../../src/analyse/result.js';

const row = (office: string, partner: string, category: string, value: number, suppressed?: 'primary'): ResultRow => {
  const dims = { office, partner };
  const r: ResultRow = { key: resultKey('b6.partner_admin1', dims, category), indicator: 'b6.partner_admin1', dims, category, stat: 'count', value, n: value, count: value };
  if (suppressed) Object.assign(r, { value: null, n: 0, suppressed });
  return r;
};

// KGZ: "NGO Beta" 12 records, "Volunteer X" 2, "Fund Y" 1; TJK: "Fund Y" 30
const partner = [...Array(12).fill('NGO Beta'), 'Volunteer X', 'Volunteer X', 'Fund Y', ...Array(30).fill('Fund Y')];
const office = [...Array(15).fill('KGZ'), ...Array(30).fill('TJK')];
const ctx: FreeTextContext = { columns: new Map([['partner', partner]]), country: office, countryColumn: 'office', base: partner.map((_, i) => i), minCell: 5 };

describe('free-text labels are published only when their group passes the threshold', () => {
  it('replaces small groups by Others, merged into one hidden cell', () => {
    const rows = [row('KGZ', 'NGO Beta', 'KG-C', 12), row('KGZ', 'Volunteer X', 'KG-C', 2, 'primary'), row('KGZ', 'Fund Y', 'KG-C', 1, 'primary')];
    const out = protectFreeText(rows, 'admin1', ctx);
    expect(out.map((r) => [r.dims.partner, r.value, r.suppressed ?? null])).toEqual([
      ['NGO Beta', 12, null],
      [OTHER, null, 'primary'],
    ]);
    expect(out[1]!.key).toBe(resultKey('b6.partner_admin1', { office: 'KGZ', partner: OTHER }, 'KG-C'));
    expect(JSON.stringify(out)).not.toMatch(/Volunteer|Fund Y/);
  });

  it('hides the base of a cell it hides (the n of a count is the count: never published as 0)', () => {
    // a small partner's cell not yet hidden (its count 3), merged into Others
    const out = protectFreeText([row('KGZ', 'Volunteer X', 'KG-C', 3), row('KGZ', 'Fund Y', 'KG-C', 1)], 'admin1', ctx);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ value: null, suppressed: 'primary', nHidden: true });
  });

  it('judges a group in its own section; a zero cell by all sections', () => {
    const out = protectFreeText([row('TJK', 'Fund Y', 'TJ-SU', 30), row('KGZ', 'NGO Beta', 'KG-O', 0), row('TJK', 'Volunteer X', 'TJ-SU', 0)], 'admin1', ctx);
    expect(out.map((r) => r.dims.partner)).toEqual(['Fund Y', 'NGO Beta', OTHER]);
    expect(out[2]!.value).toBe(0);
  });

  it('publishes everything with --min-cell 0', () => {
    const rows = [row('KGZ', 'Volunteer X', 'KG-C', 2)];
    expect(protectFreeText(rows, 'admin1', { ...ctx, minCell: 0 })).toEqual(rows);
  });
});
