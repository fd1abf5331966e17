import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assistanceRecordStream } from '../../src/sample/assistance-generator.js';
import { ASSISTANCE_SEGMENTS, SEED_TOTAL } from '../../src/sample/seed-targets.js';

describe('assistance sample with another row count', () => {
  it('writes exactly N valid records for any N and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (rows, seed) => {
        const records = [...assistanceRecordStream({ rows, seed })];
        if (records.length !== rows) return false;
        if (new Set(records.map((r) => r.case_id)).size !== rows) return false;
        return records.every((r) => {
          const age = Number(r.age);
          const avr = (r.assistance_types ?? '').split(' ').includes('avr');
          return r.assistance_types !== '' && age >= 0 && age <= 110 && (!avr || r.return_country !== '') && r.admin1 !== '';
        });
      }),
      { numRuns: 20 },
    );
  });

  it('keeps the proportions of the seed (per office, within a record or two)', () => {
    const rows = 5000;
    const records = [...assistanceRecordStream({ rows, seed: 8 })];
    const byOffice = (office: string) => ASSISTANCE_SEGMENTS.filter((s) => s.office === office).reduce((a, s) => a + s.count, 0);
    for (const office of ['KGZ', 'TJK', 'KAZ', 'RUS']) {
      const got = records.filter((r) => r.office === office).length;
      expect(Math.abs(got - (byOffice(office) / SEED_TOTAL) * rows)).toBeLessThanOrEqual(2);
    }
    const male = records.filter((r) => r.sex === 'male').length / rows;
    const seedMale = ASSISTANCE_SEGMENTS.reduce((a, s) => a + s.sex.male, 0) / SEED_TOTAL;
    expect(Math.abs(male - seedMale)).toBeLessThan(0.01);
  });
});
