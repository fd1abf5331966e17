/**
 * Countries: ISO 3166-1 alpha-3 codes with English and Russian names, from i18n-iso-countries,
 * with the names DTM publications use where they differ from the library's short forms, the other
 * names found in exports and the forms running text needs, declared in data/schema/countries.json
 * (schemas/countries.schema.json) and read once here.
 */
import { createRequire } from 'node:module';
import type { CountriesFile } from './bundled-schemas.js';
import { readBundledJson } from './data-file.js';
import type { Label } from './types.js';
import { nameInForce } from './names-in-force.js';

/** The table of countries (what each part holds: schema/bundled-schemas.ts `countriesFileSchema`). */
export const COUNTRY_TABLE = readBundledJson<CountriesFile>('data/schema/countries.json');
const OVERRIDES: Readonly<Record<string, Partial<Label>>> = COUNTRY_TABLE.names;

interface CountryLibrary {
  registerLocale(l: unknown): void;
  getAlpha3Codes(): Record<string, string>;
  getName(code: string, lang: string): string | undefined;
  alpha2ToAlpha3(code: string): string | undefined;
  alpha3ToAlpha2(code: string): string | undefined;
  getNames(lang: string): Record<string, string>;
}

const require = createRequire(import.meta.url);
let loaded: CountryLibrary | undefined;
/**
 * The library with its English and Russian names, loaded on first use: it costs some 30 ms, which
 * a query on the cache (whose countries are the section countries) never needs to pay.
 */
function lib(): CountryLibrary {
  if (loaded) return loaded;
  // index.js rather than the package entry, which registers all ~80 locales at start-up.
  const l = require('i18n-iso-countries/index.js') as CountryLibrary;
  l.registerLocale(require('i18n-iso-countries/langs/en.json'));
  l.registerLocale(require('i18n-iso-countries/langs/ru.json'));
  loaded = l;
  return l;
}


let codes: { sorted: string[]; set: ReadonlySet<string> } | undefined;
function codeList(): { sorted: string[]; set: ReadonlySet<string> } {
  if (!codes) {
    const sorted = Object.keys(lib().getAlpha3Codes()).sort();
    codes = { sorted, set: new Set(sorted) };
  }
  return codes;
}

/** Every ISO 3166-1 alpha-3 code, sorted. */
export function iso3Codes(): readonly string[] {
  return codeList().sorted;
}

const cache = new Map<string, Label>();
/**
 * The country's name as IOM publications write it; with `asOf` (the date of the data), the name in
 * force then ("Turkey" for 2021 data, names-in-force.ts).
 */
export function countryLabel(iso3: string, asOf?: string): Label {
  if (asOf !== undefined) return nameInForce(iso3, countryLabel(iso3), asOf);
  const hit = cache.get(iso3);
  if (hit) return hit;
  const o = OVERRIDES[iso3] ?? {};
  const label: Label = {
    en: o.en ?? lib().getName(iso3, 'en') ?? iso3,
    ru: o.ru ?? lib().getName(iso3, 'ru') ?? iso3,
  };
  cache.set(iso3, label);
  return label;
}

export function isIso3(code: string): boolean {
  return codeList().set.has(code);
}

let byName: Map<string, string> | undefined;
/**
 * Finds the ISO3 code for a value as found in an export: a code (`KGZ`, `kg`), an English
 * or Russian name, or a common alternative (`Kyrgyz Republic`, `Россия`).
 */
export function countryFromText(value: string): string | undefined {
  const v = value.trim();
  const up = v.toUpperCase();
  if (up.length === 3 && codeList().set.has(up)) return up;
  if (up.length === 2) {
    const a3 = lib().alpha2ToAlpha3(up);
    if (a3) return a3;
  }
  if (!byName) byName = buildNameIndex();
  return byName.get(normaliseCountryName(v));
}

function normaliseCountryName(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function buildNameIndex(): Map<string, string> {
  const m = new Map<string, string>();
  for (const code of codeList().sorted) {
    const l = countryLabel(code);
    m.set(normaliseCountryName(l.en), code);
    m.set(normaliseCountryName(l.ru), code);
    const a2 = lib().alpha3ToAlpha2(code);
    if (a2) {
      const en = lib().getName(a2, 'en');
      const ru = lib().getName(a2, 'ru');
      if (en) m.set(normaliseCountryName(en), code);
      if (ru) m.set(normaliseCountryName(ru), code);
    }
  }
  for (const [k, v] of Object.entries(COUNTRY_TABLE.aliases)) m.set(normaliseCountryName(k), v);
  return m;
}

/** The order of country sections in every bulletin (docs/bulletins.md), then others by English name. */
export const SECTION_ORDER: string[] = COUNTRY_TABLE.sectionOrder;
export function compareCountries(a: string, b: string): number {
  const ia = SECTION_ORDER.indexOf(a);
  const ib = SECTION_ORDER.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return countryLabel(a).en.localeCompare(countryLabel(b).en, 'en');
}
