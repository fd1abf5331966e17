import { describe, expect, it } from 'vitest';
import { ABOUT, DISCLAIMER, GLOSSARY, MAP_DISCLAIMER, PUBLISHER, SERIES } from '../../src/i18n/boilerplate.js';
import { countryIn } from '../../src/i18n/country-cases.js';
import { STRINGS, str } from '../../src/i18n/strings.js';
import { MAP_DISCLAIMER as GEO_MAP_DISCLAIMER } from '../../src/i18n/map-attribution.js';

const placeholders = (s: string) => [...s.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]).sort();

describe('published strings', () => {
  it('exist in both languages with the same placeholders', () => {
    for (const [key, l] of Object.entries(STRINGS)) {
      expect(l.en.length, key).toBeGreaterThan(0);
      expect(l.ru.length, key).toBeGreaterThan(0);
      expect(placeholders(l.ru), key).toEqual(placeholders(l.en));
    }
  });

  it('state the small-count rule so that a base cannot be read as a percentage, and the numerator rule, in both languages', () => {
    const en = str('methodSmallCounts', 'en', { k: 4, m: 5, r: 3 });
    expect(en).toContain('a percentage or average calculated from the answers of fewer than 5 people');
    expect(en).not.toMatch(/(percentage|average) of fewer than/);
    expect(en).toContain('a percentage that stands for 1 to 4 people, whatever its base');
    const ru = str('methodSmallCounts', 'ru', { k: 4, m: 5, r: 3 });
    expect(ru).toContain('рассчитанные по ответам менее чем 5 человек');
    expect(ru).toContain('процент, за которым стоят от 1 до 4 человек, при любой базе');
  });

  it('fill captions, sources and page labels', () => {
    expect(str('figure', 'en', { n: 3, caption: 'Share of migrants' })).toBe('Figure 3: Share of migrants');
    expect(str('figure', 'ru', { n: 3, caption: 'Доля мигрантов' })).toBe('Рисунок 3: Доля мигрантов');
    expect(str('sourceSurvey', 'en', { round: 'R1' })).toBe('Source: DTM survey, round R1');
    expect(str('sourceSurvey', 'ru', { round: 'R1' })).toBe('Источник: обследование DTM, раунд R1');
  });

  it('say "in" a country the way the publications do', () => {
    expect(['KGZ', 'RUS', 'MDA', 'KAZ'].map((c) => countryIn(c, 'en'))).toEqual(['in Kyrgyzstan', 'in the Russian Federation', 'in the Republic of Moldova', 'in Kazakhstan']);
    expect(['KGZ', 'RUS', 'TJK', 'NOR'].map((c) => countryIn(c, 'ru'))).toEqual(['в Кыргызстане', 'в Российской Федерации', 'в Таджикистане', 'в стране: Норвегия']);
  });
});

describe('boilerplate', () => {
  it('names the funder, the plan and the approach of the project in both languages', () => {
    const about = ABOUT.map((p) => p.en).join(' ');
    expect(about).toMatch(/Swiss Agency for Development and Cooperation \(SDC\)/);
    expect(about).toMatch(/IOM COVID-19 Global Strategic Preparedness and Response Plan/);
    expect(about).toMatch(/Leaving No One Behind/);
    const ru = ABOUT.map((p) => p.ru).join(' ');
    expect(ru).toMatch(/Швейцарским управлением по развитию и сотрудничеству \(SDC\)/);
    expect(ru).toMatch(/Матрицы отслеживания перемещения \(DTM\)/);
    expect(SERIES.ru).toMatch(/^Смягчение социально-экономических последствий пандемии COVID-19/);
  });

  it('has the glossary of the seed bulletin, and the abbreviations the maps write, in both languages', () => {
    expect(GLOSSARY.map((g) => g.term.en)).toEqual([
      'Migrant',
      'Returnees (in Kyrgyzstan, Tajikistan and Uzbekistan)',
      'Stranded migrant (in Kazakhstan)',
      'Stranded migrant (in the Russian Federation)',
      'The Displacement Tracking Matrix (DTM)',
      'DRS (Tajikistan)',
      'GBAO (Tajikistan)',
    ]);
    expect(GLOSSARY.map((g) => g.term.ru)).toEqual(expect.arrayContaining(['РРП (Таджикистан)', 'ГБАО (Таджикистан)']));
    expect(GLOSSARY.map((g) => g.term.ru)).toContain('Мигрант, оказавшийся в затруднительном положении (в Казахстане)');
    expect(GLOSSARY.map((g) => g.term.ru)).toContain('Матрица отслеживания перемещения (DTM)');
  });

  it('carries the map disclaimer word for word, the same as under the maps', () => {
    expect(MAP_DISCLAIMER.en).toBe('The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by IOM.');
    expect(GEO_MAP_DISCLAIMER.en).toBe(MAP_DISCLAIMER.en);
    expect(DISCLAIMER).toHaveLength(3);
    expect(PUBLISHER.flat().map((l) => l.en)).toContain('Email: iomastana@iom.int');
  });
});
