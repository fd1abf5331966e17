/** Place and country names in force at the date of the data (issue 11: "Nur-Sultan in 2021"). */
import { describe, expect, it } from 'vitest';
import { codeLabel } from '../../src/compose/labels.js';
import { mapSpec } from '../../src/geo/map-spec.js';
import { countryLabel } from '../../src/schema/countries.js';
import { placeByCode, placesOf } from '../../src/schema/places.js';

describe('names in force at the date of the data', () => {
  it('Kazakhstan\'s capital: Astana until March 2019, Nur-Sultan until September 2022, Astana since', () => {
    expect(placeByCode('KZ-AST', '2019-03-22')?.name).toEqual({ en: 'Astana', ru: 'Астана' });
    expect(placeByCode('KZ-AST', '2021-05-31')?.name).toEqual({ en: 'Nur-Sultan', ru: 'Нур-Султан' });
    expect(placeByCode('KZ-AST', '2022-09-17')?.name).toEqual({ en: 'Astana', ru: 'Астана' });
    expect(placesOf('KAZ', '2020-10-01').find((p) => p.code === 'KZ-AST')?.name.en).toBe('Nur-Sultan');
    // Without a date: today's name (matching and validation).
    expect(placeByCode('KZ-AST')?.name.en).toBe('Astana');
  });

  it('Turkey in English before June 2022, Türkiye since; Турция in Russian throughout', () => {
    expect(countryLabel('TUR', '2021-05-31')).toEqual({ en: 'Turkey', ru: 'Турция' });
    expect(countryLabel('TUR', '2022-06-01')).toEqual({ en: 'Türkiye', ru: 'Турция' });
    expect(codeLabel('TUR', 'last_country_abroad', 'survey', '2021-04-30').en).toBe('Turkey');
    expect(codeLabel('KZ-AST', 'admin1', 'survey', '2021-04-30').ru).toBe('Нур-Султан');
  });

  it('a map of 2021 data labels Nur-Sultan', () => {
    const text = JSON.stringify(mapSpec('KAZ', [{ code: 'KZ-AST', count: 152 }], 'en', { asOf: '2021-05-31' }));
    expect(text).toContain('Nur-Sultan');
    expect(text).not.toContain('Astana');
  });
});
