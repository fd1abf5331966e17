import { describe, expect, it } from 'vitest';
import { loadRegistry, loadRegistryFile } from '../../src/analyse/registry.js';
import { DERIVED_COLUMNS } from '../../src/schema/variables.js';
import { parseCondition } from '../../src/analyse/where.js';
import { instrument } from '../../src/schema/instruments.js';
import { registrySchema } from '../../src/schema/indicator.js';

const DERIVED_TYPES: Record<string, string> = {
  period: 'code',
  age_group: 'code',
  minor: 'yesno',
  months_abroad_band: 'code',
  months_stranded_band: 'code',
  return_period: 'code',
  has_vulnerability: 'yesno',
  remittance_channel_type: 'multi',
  remittance_amount_usd: 'number',
};

describe('indicator registry', () => {
  const all = loadRegistry();

  it('has all six bulletins, unique ids', () => {
    expect(new Set(all.map((i) => i.bulletin))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it('refers only to columns of its instrument (or derived ones) with a fitting type', () => {
    for (const ind of all) {
      const spec = instrument(ind.instrument);
      const typeOf = (c: string) => spec.byName.get(c)?.type ?? DERIVED_TYPES[c];
      expect(ind.dimensions[0], ind.id).toBe(spec.countryColumn);
      for (const d of ind.dimensions) expect(typeOf(d), `${ind.id} dim ${d}`).toBeDefined();
      if (ind.variable !== undefined) {
        const t = typeOf(ind.variable);
        expect(t, `${ind.id} variable ${ind.variable}`).toBeDefined();
        if (['multi_share', 'multi_count'].includes(ind.statistic)) expect(t, ind.id).toBe('multi');
        else if (['mean', 'median', 'quartiles', 'min', 'max', 'range', 'sum'].includes(ind.statistic)) expect(['integer', 'number'], ind.id).toContain(t);
        else expect(t, ind.id).not.toBe('multi');
      }
      for (const w of ind.where) {
        const c = parseCondition(w);
        expect('error' in c, `${ind.id} where ${w}`).toBe(false);
        if (!('error' in c)) expect(typeOf(c.column), `${ind.id} where ${w}`).toBeDefined();
      }
    }
    for (const d of DERIVED_COLUMNS) expect(DERIVED_TYPES[d]).toBeDefined();
  });

  it('covers the figures of docs/bulletins.md and the narrative of the seed bulletin 6', () => {
    const ids = new Set(all.map((i) => i.id));
    for (const id of [
      'b1.sex', 'b1.age_sex', 'b1.citizenship', 'b1.marital_status', 'b1.education', 'b1.household_size', 'b1.children', 'b1.breadwinner', 'b1.admin1',
      'b2.last_country', 'b2.months_abroad', 'b2.migration_reason', 'b2.return_reason', 'b2.return_month', 'b2.return_transport', 'b2.stranded_reason', 'b2.months_stranded', 'b2.remigration_intention', 'b2.remigration_country',
      'b3.remitted_before', 'b3.remit_frequency', 'b3.remit_amount_usd', 'b3.remit_change', 'b3.remit_channel', 'b3.remit_channel_type', 'b3.remit_use', 'b3.household_dependence',
      'b4.employment_before', 'b4.employment_now', 'b4.sector_before', 'b4.written_contract', 'b4.lost_job_sex', 'b4.lost_job_sector', 'b4.unpaid_wages', 'b4.income_change', 'b4.looking_for_work',
      'b5.covid_impacts', 'b5.health_access', 'b5.covid_tested', 'b5.info_sources', 'b5.vulnerabilities', 'b5.priority_needs', 'b5.any_vulnerability_sex', 'b5.any_vulnerability_age',
      'b6.records', 'b6.sex', 'b6.age_range', 'b6.minors_sex', 'b6.assistance_types', 'b6.avr_return_country', 'b6.citizenship', 'b6.partner_admin1', 'b6.vulnerabilities',
      'b6.avr_sex', 'b6.avr_departure_country', 'b6.partners', 'b6.families', 'b6.food_nfi_sex', 'b6.food_nfi_citizenship', 'b6.admin1',
    ]) expect(ids.has(id), id).toBe(true);
  });

  it('rejects a declaration whose base does not fit its statistic', () => {
    const file = loadRegistryFile(3);
    const bad = { ...file, indicators: [{ ...file.indicators[1], base: 'all' }] };
    expect(registrySchema.safeParse(bad).success).toBe(false);
    const unknownKey = { ...file, indicators: [{ ...file.indicators[1], colour: 'red' }] };
    expect(registrySchema.safeParse(unknownKey).success).toBe(false);
  });
});
