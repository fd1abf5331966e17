/**
 * The narrative numbers of the published bulletin 6 (../shared/seeds/002_…: "In total, 295
 * vulnerable migrants (163 male migrants, 132 female migrants), aged 2 to 69 including 11 minors
 * (3 boys/8 girls) …") computed from the bundled assistance sample, which reproduces them,
 * through the registry — counts in full (minCell 0) as the seed publishes them.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/validate/load.js';
import { computeIndicators } from '../../src/analyse/indicators.js';
import type { ResultRow } from '../../src/analyse/result.js';

describe('bulletin 6 narrative numbers from the registry', () => {
  it('match the seed bulletin for Kyrgyzstan and Kazakhstan', async () => {
    const file = new URL('../../data-samples/assistance.csv', import.meta.url).pathname;
    const { dataset } = await loadDataset({ files: [file], kind: 'assistance' });
    const rows = computeIndicators(dataset, { minCell: 0 });
    const byKey = new Map<string, ResultRow>(rows.map((r) => [r.key, r]));
    const v = (key: string) => byKey.get(key)?.value;
    // Kyrgyzstan
    expect(v('b6.records|office=KGZ')).toBe(295);
    expect(v('b6.sex|office=KGZ|category=male')).toBe(163);
    expect(v('b6.sex|office=KGZ|category=female')).toBe(132);
    expect(v('b6.age_range|office=KGZ|stat=min')).toBe(2);
    expect(v('b6.age_range|office=KGZ|stat=max')).toBe(69);
    expect(v('b6.minors_sex|office=KGZ|category=male')).toBe(3);
    expect(v('b6.minors_sex|office=KGZ|category=female')).toBe(8);
    expect(v('b6.citizenship|office=KGZ|category=KGZ')).toBe(260);
    expect(v('b6.avr_departure_country|office=KGZ|category=RUS')).toBe(9);
    expect(v('b6.avr_departure_country|office=KGZ|category=UKR')).toBe(5);
    expect(v('b6.avr_departure_country|office=KGZ|category=KAZ')).toBe(4);
    expect(v('b6.partners|office=KGZ')).toBe(9);
    // Kazakhstan
    expect(v('b6.records|office=KAZ')).toBe(230);
    expect(v('b6.avr_sex|office=KAZ|category=male')).toBe(79);
    expect(v('b6.avr_sex|office=KAZ|category=female')).toBe(31);
    expect(v('b6.avr_age_range|office=KAZ|stat=min')).toBe(1);
    expect(v('b6.avr_age_range|office=KAZ|stat=max')).toBe(64);
    expect(v('b6.avr_minors_sex|office=KAZ|category=male')).toBe(11);
    expect(v('b6.avr_minors_sex|office=KAZ|category=female')).toBe(8);
    for (const [c, n] of [['UZB', 40], ['MDA', 38], ['RUS', 17], ['TJK', 13], ['UKR', 1], ['AFG', 1]] as const) {
      expect(v(`b6.avr_return_country|office=KAZ|category=${c}`), c).toBe(n);
    }
    expect(v('b6.food_nfi_sex|office=KAZ|category=male')).toBe(55);
    expect(v('b6.food_nfi_sex|office=KAZ|category=female')).toBe(65);
    for (const [c, n] of [['UZB', 34], ['TJK', 32], ['KGZ', 25], ['RUS', 15], ['TKM', 13], ['AFG', 1]] as const) {
      expect(v(`b6.food_nfi_citizenship|office=KAZ|category=${c}`), c).toBe(n);
    }
    expect(v('b6.partners|office=KAZ')).toBe(11);
  });
});
