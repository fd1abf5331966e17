import { describe, expect, it } from 'vitest';
import { INSTRUMENT_SPECS, INSTRUMENTS } from '../../src/schema/instruments.js';
import { instrumentSpecSchema } from '../../src/schema/types.js';
import { countryFromText, countryLabel, isIso3 } from '../../src/schema/countries.js';

describe('instrument declarations', () => {
  for (const [kind, spec] of Object.entries(INSTRUMENT_SPECS)) {
    it(`${kind} conforms to the declaration schema`, () => {
      const r = instrumentSpecSchema.safeParse(spec);
      expect(r.success ? [] : r.error.issues).toEqual([]);
    });

    it(`${kind} fills defaults the way the zod schema does`, () => {
      const parsed = instrumentSpecSchema.parse(spec);
      const loaded = INSTRUMENTS[kind as 'survey' | 'assistance'];
      expect(loaded.columns.map((c) => [c.name, c.required])).toEqual(parsed.columns.map((c) => [c.name, c.required]));
    });

    it(`${kind} labels every column and every code in English and Russian`, () => {
      for (const col of spec.columns) {
        expect(col.label.en.length, col.name).toBeGreaterThan(0);
        expect(col.label.ru, col.name).toMatch(/[А-Яа-яЁё]/);
        for (const code of col.codes ?? []) {
          expect(code.label.en.length, `${col.name}.${code.code}`).toBeGreaterThan(0);
          expect(code.label.ru.length, `${col.name}.${code.code}`).toBeGreaterThan(0);
        }
      }
    });

    it(`${kind} has unique column names and codes`, () => {
      const names = spec.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const col of spec.columns) {
        const codes = (col.codes ?? []).map((c) => c.code);
        expect(new Set(codes).size, col.name).toBe(codes.length);
      }
    });

    it(`${kind} rules name declared columns`, () => {
      const names = new Set(spec.columns.map((c) => c.name));
      for (const rule of spec.rules) for (const c of rule.columns) if (c !== '*multi*') expect(names.has(c), `${rule.id}: ${c}`).toBe(true);
    });
  }
});

describe('countries', () => {
  it('uses the names DTM publications use', () => {
    expect(countryLabel('KGZ')).toEqual({ en: 'Kyrgyzstan', ru: 'Кыргызстан' });
    expect(countryLabel('RUS')).toEqual({ en: 'Russian Federation', ru: 'Российская Федерация' });
    expect(countryLabel('MDA').en).toBe('Republic of Moldova');
  });

  it('reads codes and names as found in exports', () => {
    expect(countryFromText('kgz')).toBe('KGZ');
    expect(countryFromText('KG')).toBe('KGZ');
    expect(countryFromText('Россия')).toBe('RUS');
    expect(countryFromText('Kyrgyz Republic')).toBe('KGZ');
    expect(countryFromText('Таджикистан')).toBe('TJK');
    expect(countryFromText('Atlantis')).toBeUndefined();
    expect(isIso3('UZB')).toBe(true);
    expect(isIso3('XXX')).toBe(false);
  });
});

describe('personal-data columns', async () => {
  const { isPersonalColumn } = await import('../../src/schema/personal-data.js');
  it('recognises names, phones, passports, addresses and GPS, Kobo-prefixed too', () => {
    for (const h of ['name', 'full_name', 'respondent_name', 'phone', 'phone_number', 'respondent_phone', 'grp/hoh_mobile', 'mobile_no',
      'passport', 'passport_number', 'address', 'gps', '_gps_latitude', 'group_a/contact_number', 'whatsapp', 'email', 'ФИО'])
      expect(isPersonalColumn(h), h).toBe(true);
  });
  it('leaves answers alone, including options that mention phones or apps', () => {
    for (const h of ['remittance_channel/mobile_app', 'remittance_channel.mobile_app', 'info_sources/messenger', 'sex', 'age', 'admin1',
      'surname_known', 'phone_access', 'has_mobile_money', 'address_type', 'partner', 'city', 'namespace'])
      expect(isPersonalColumn(h), h).toBe(false);
  });
});
