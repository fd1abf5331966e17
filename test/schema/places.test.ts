import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLACE_ENTRIES } from '../../src/schema/place-entries.js';
import { matchAdmin1, placeByCode, placesOf } from '../../src/schema/places.js';

const SIX = ['KGZ', 'TJK', 'KAZ', 'RUS', 'UZB', 'TKM'];

describe('place table', () => {
  it('has every first-level division of the six countries once', () => {
    expect(placesOf('KGZ').map((p) => p.code).sort()).toEqual(['KG-B', 'KG-C', 'KG-GB', 'KG-GO', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y']);
    expect(placesOf('TJK').map((p) => p.code).sort()).toEqual(['TJ-DU', 'TJ-GB', 'TJ-KT', 'TJ-RA', 'TJ-SU']);
    expect(placesOf('TKM').map((p) => p.code).sort()).toEqual(['TM-A', 'TM-B', 'TM-D', 'TM-L', 'TM-M', 'TM-S']);
    expect(placesOf('UZB')).toHaveLength(14);
    expect(placesOf('KAZ')).toHaveLength(17);
    expect(placesOf('KAZ').map((p) => p.code)).toEqual(expect.arrayContaining(['KZ-SHY', 'KZ-YUZ', 'KZ-AST', 'KZ-ALA', 'KZ-ALM']));
    expect(placesOf('RUS')).toHaveLength(83);
    const codes = PLACE_ENTRIES.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of PLACE_ENTRIES) {
      expect(SIX).toContain(e.country);
      expect(e.code).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
      expect(e.ru).toMatch(/^[А-Яа-яЁё][А-Яа-яЁё ().—–-]+$/);
      expect(e.en).toMatch(/^[A-Z][A-Za-z ()–'.-]+$/);
    }
  });

  it('uses current Russian names, not the faults of the source table', () => {
    expect(placeByCode('KZ-ALA')?.name.ru).toBe('Алматы');
    expect(placeByCode('KZ-YUZ')?.name.en).toBe('Turkistan Region');
    expect(placeByCode('KG-GB')?.name.ru).toBe('Бишкек');
    expect(placeByCode('KG-C')?.name.ru).toBe('Чуйская область');
    expect(placeByCode('TJ-SU')?.name.ru).toBe('Согдийская область');
    expect(placeByCode('kg-c')?.code).toBe('KG-C');
    expect(placeByCode('XX-1')).toBeUndefined();
  });
});

describe('matchAdmin1', () => {
  const cases: Array<[string, string]> = [
    ['KG-C', 'KG-C'],
    ['kg-c', 'KG-C'],
    ['Ошская область', 'KG-O'],
    ['Sughd', 'TJ-SU'],
    ['Gorno-Badakhshan', 'TJ-GB'],
    ['GBAO', 'TJ-GB'],
    ['North Kazakhstan', 'KZ-SEV'],
    ['Almaty Region', 'KZ-ALM'],
    ['Almaty oblysy', 'KZ-ALM'],
    ['Almaty city', 'KZ-ALA'],
    ['Sverdlovsk', 'RU-SVE'],
    ['Yekaterinburg', 'RU-SVE'],
    ['Moscow', 'RU-MOW'],
    ['Moscow oblast', 'RU-MOS'],
    ['Московская обл.', 'RU-MOS'],
    ['Leninabad', 'TJ-SU'],
    ['Tashauz', 'TM-D'],
    ['Chardzhou', 'TM-L'],
    ['Иссык-Кульская обл.', 'KG-Y'],
    ['Ysyk-Köl', 'KG-Y'],
    ['г. Бишкек', 'KG-GB'],
    ['Бишкек г.', 'KG-GB'],
    ['Districts of Republican Subordination', 'TJ-RA'],
    ['РРП', 'TJ-RA'],
    ['Nur-Sultan', 'KZ-AST'],
    ['Chuy Province', 'KG-C'],
    ['Djalal-Abad', 'KG-J'],
    ['Jalalabad', 'KG-J'],
    ['Qaraghandy', 'KZ-KAR'],
    ['Temirtau', 'KZ-KAR'],
    ['Taldykorgan', 'KZ-ALM'],
    ['South Kazakhstan', 'KZ-YUZ'],
    ['KZ-61', 'KZ-YUZ'],
    ['Shymkent', 'KZ-SHY'],
    ['Tashkent', 'UZ-TK'],
    ['Tashkent viloyati', 'UZ-TO'],
    ['Dashoguz velayat', 'TM-D'],
    ['Kazan', 'RU-TA'],
    ['Республика Татарстан', 'RU-TA'],
    ['Altai Krai', 'RU-ALT'],
    ['Altai Republic', 'RU-AL'],
    ['Saint-Petersburg', 'RU-SPE'],
    ['Novosibirsk', 'RU-NVS'],
    ['Osh city', 'KG-GO'],
    ['Osh Province', 'KG-O'],
  ];
  it.each(cases)('%s → %s', (value, code) => {
    const r = matchAdmin1(value);
    expect(r.match?.code).toBe(code);
    expect(r.candidates.map((p) => p.code)).toEqual([code]);
  });

  it('matches every name and alias of the table to its own place within its country', () => {
    for (const e of PLACE_ENTRIES) {
      for (const name of [e.code, e.en, e.ru, ...e.aliases]) {
        expect({ name, code: matchAdmin1(name, e.country).match?.code }).toEqual({ name, code: e.code });
      }
    }
  });

  it('matches every English and Russian name without a country', () => {
    for (const e of PLACE_ENTRIES) {
      expect(matchAdmin1(e.en).match?.code).toBe(e.code);
      expect(matchAdmin1(e.ru).match?.code).toBe(e.code);
    }
  });

  it('reads a bare name shared by a region and its city as the region', () => {
    expect(matchAdmin1('Osh').match?.code).toBe('KG-O');
    expect(matchAdmin1('Osh', 'KGZ').match?.code).toBe('KG-O');
    expect(matchAdmin1('Ош').match?.code).toBe('KG-O');
    expect(matchAdmin1('г. Ош').match?.code).toBe('KG-GO');
    expect(matchAdmin1('Osh city').match?.code).toBe('KG-GO');
  });

  it('does not guess between regions that share a name, and lists them', () => {
    const altai = matchAdmin1('Altai');
    expect(altai.match).toBeNull();
    expect(altai.candidates.map((p) => p.code).sort()).toEqual(['RU-AL', 'RU-ALT']);
  });

  it('restricts to the given country', () => {
    expect(matchAdmin1('Moscow', 'KAZ').match).toBeNull();
    expect(matchAdmin1('KG-C', 'TJK').match).toBeNull();
    expect(matchAdmin1('Almaty', 'kaz').match?.code).toBe('KZ-ALA');
    for (const p of matchAdmin1('Moscow', 'KAZ').candidates) expect(p.country).toBe('KAZ');
    expect(matchAdmin1('Moscow', 'DEU')).toEqual({ match: null, candidates: [] });
  });

  it('suggests the closest names for a misspelling', () => {
    const r = matchAdmin1('Sverdlvoskya oblast', 'RUS');
    expect(r.match).toBeNull();
    expect(r.candidates[0]?.code).toBe('RU-SVE');
    expect(r.candidates.length).toBeLessThanOrEqual(3);
    expect(matchAdmin1('Issyk-Kull').candidates[0]?.code).toBe('KG-Y');
    expect(matchAdmin1('Согдийская обласц', 'TJK').candidates[0]?.code).toBe('TJ-SU');
    expect(matchAdmin1('').match).toBeNull();
    expect(matchAdmin1('  ').candidates).toEqual([]);
  });

  it('ignores case, spacing, hyphens and surrounding punctuation', () => {
    const names = PLACE_ENTRIES.flatMap((e) => [e.en, e.ru].map((name) => ({ name, e })));
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        fc.constantFrom(' ', '-', '  ', ' - '),
        fc.constantFrom('', ' ', '"', '.', ' ;'),
        ({ name, e }, upper, sep, around) => {
          const varied = [...name].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('').replace(/[ -]/g, sep);
          expect(matchAdmin1(`${around}${varied}${around}`, e.country).match?.code).toBe(e.code);
        },
      ),
    );
  });

  it('ignores diacritics', () => {
    expect(matchAdmin1('Öskemen').match?.code).toBe('KZ-VOS');
    expect(matchAdmin1('Oskemen').match?.code).toBe('KZ-VOS');
    expect(matchAdmin1('Dasoguz').match?.code).toBe('TM-D');
    expect(matchAdmin1('Орел').match?.code).toBe('RU-ORL');
    expect(matchAdmin1('Ысык-Кол').match?.code).toBe('KG-Y');
    expect(matchAdmin1('Туркменбаши').match?.code).toBe('TM-B');
  });

  it('reads transliterations of the Russian names', () => {
    expect(matchAdmin1('Sverdlovskaya oblast').match?.code).toBe('RU-SVE');
    expect(matchAdmin1('Chuyskaya oblast').match?.code).toBe('KG-C');
    expect(matchAdmin1('Issyk-Kulskaya oblast').match?.code).toBe('KG-Y');
    expect(matchAdmin1('Sogdiyskaya oblast').match?.code).toBe('TJ-SU');
    expect(matchAdmin1('Dzhalal-Abadskaya oblast').match?.code).toBe('KG-J');
    expect(matchAdmin1('Moskovskaya obl.').match?.code).toBe('RU-MOS');
    expect(matchAdmin1('Karagandinskaya oblast').match?.code).toBe('KZ-KAR');
    expect(matchAdmin1('Respublika Tatarstan').match?.code).toBe('RU-TA');
    expect(matchAdmin1('Toshkent sh.').match?.code).toBe('UZ-TK');
    expect(matchAdmin1('г.Душанбе').match?.code).toBe('TJ-DU');
  });

  it('never throws and always returns at most three suggestions when nothing matches', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = matchAdmin1(s);
        if (r.match) expect(r.candidates).toEqual([r.match]);
        else expect(r.candidates.length).toBeLessThanOrEqual(3);
      }),
    );
  });
});
