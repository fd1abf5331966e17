/**
 * The place table: first-level divisions (ISO 3166-2) of KAZ, KGZ, TJK, UZB, TKM and RUS, and the
 * matching of province names as survey exports write them.
 *
 * Matching, in order (restricted to one country when it is given):
 * 1. an ISO 3166-2 code (`KG-C`, `kg-c`, `KGC`; also the 2022 Kazakh numeric codes);
 * 2. the whole normalised name against every name and alias (`Иссык-Кульская обл.`);
 * 3. the name without its kind words (`Chuy Province` → `chuy`), keeping the places of the kind the
 *    words say (city or region) when they say one;
 * 4. a bare name (no kind words) that fits one region and cities of the same name in the same
 *    country names the region: `Osh` is Osh Region (KG-O), as in "the provinces of Chui, Talas, …
 *    and Osh" of the published bulletins; `Osh city` / `г. Ош` still give the city (KG-GO);
 * 5. otherwise no match. A name that still fits several places (`Altai`: the republic or the krai)
 *    is not matched; `candidates` then lists them.
 */
import { PLACE_ENTRIES, type PlaceEntry, type PlaceKind } from './place-entries.js';
import { nameInForce } from './names-in-force.js';
import { editDistance } from '../text/closest.js';
import { placeKey } from './place-key.js';

export interface Place {
  /** ISO 3166-2, e.g. KG-C. */
  code: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  name: { en: string; ru: string };
}

export interface PlaceMatch {
  match: Place | null;
  /** The match alone; or the places an ambiguous name fits; or the three closest names. */
  candidates: Place[];
}

interface Indexed {
  readonly place: Place;
  readonly kind: PlaceKind;
  /** Normalised keys of all its names (full and core), for suggestions. */
  readonly keys: readonly string[];
}

interface Index {
  readonly all: readonly Indexed[];
  readonly byCode: ReadonlyMap<string, Indexed>;
  readonly byFull: ReadonlyMap<string, readonly Indexed[]>;
  readonly byCore: ReadonlyMap<string, readonly Indexed[]>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

const CODE_LIKE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

function buildIndex(entries: readonly PlaceEntry[]): Index {
  const all: Indexed[] = [];
  const byCode = new Map<string, Indexed>();
  const byFull = new Map<string, Indexed[]>();
  const byCore = new Map<string, Indexed[]>();
  for (const e of entries) {
    const names = [e.en, e.ru, ...e.aliases];
    const codes = [e.code, ...names.filter((n) => CODE_LIKE.test(n))];
    const keys = names.filter((n) => !CODE_LIKE.test(n)).map(placeKey);
    const place: Place = Object.freeze({ code: e.code, country: e.country, name: Object.freeze({ en: e.en, ru: e.ru }) });
    const item: Indexed = { place, kind: e.kind, keys: [...new Set(keys.flatMap((k) => [k.full, k.core]).filter(Boolean))] };
    all.push(item);
    for (const code of codes) byCode.set(code, item);
    for (const k of keys) {
      if (k.full) push(byFull, k.full, item);
      if (k.core) push(byCore, k.core, item);
    }
  }
  return { all, byCode, byFull, byCore };
}

const INDEX: Index = buildIndex(PLACE_ENTRIES);

function codeOf(value: string): string | undefined {
  const m = /^([A-Za-z]{2})[-_ .]?([A-Za-z0-9]{1,3})$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}`.toUpperCase() : undefined;
}

function suggest(key: string, scope: readonly Indexed[]): Place[] {
  if (!key) return [];
  return scope
    .map((i, order) => ({ i, order, d: Math.min(...i.keys.map((k) => editDistance(key, k) / Math.max(key.length, k.length))) }))
    .sort((a, b) => a.d - b.d || a.order - b.order)
    .slice(0, 3)
    .map((s) => s.i.place);
}

function single(list: readonly Indexed[]): PlaceMatch | undefined {
  const first = list[0];
  if (list.length === 1 && first) return { match: first.place, candidates: [first.place] };
  return undefined;
}

/**
 * Finds the first-level division a value names: an ISO 3166-2 code, or an English, Russian, local,
 * old or transliterated name, with or without "oblast"/"область"/"region"/"г."/"city".
 * With `countryIso3`, only that country's divisions are considered; without, the match is
 * returned only when exactly one division of the six countries fits.
 */
export function matchAdmin1(value: string, countryIso3?: string): PlaceMatch {
  const country = countryIso3?.toUpperCase();
  const inScope = (i: Indexed): boolean => country === undefined || i.place.country === country;
  const scope = INDEX.all.filter(inScope);

  const code = codeOf(value);
  const byCode = code ? INDEX.byCode.get(code) : undefined;
  if (byCode && inScope(byCode)) return { match: byCode.place, candidates: [byCode.place] };

  const key = placeKey(value);
  const full = (INDEX.byFull.get(key.full) ?? []).filter(inScope);
  const fullHit = single(full);
  if (fullHit) return fullHit;

  const core = (INDEX.byCore.get(key.core) ?? []).filter(inScope);
  const ofKind = key.kind ? core.filter((i) => i.kind === key.kind) : core;
  const coreHit = single(ofKind) ?? (ofKind.length === 0 ? single(core) : undefined);
  if (coreHit) return coreHit;
  const regionHit = key.kind ? undefined : regionOverCities(core);
  if (regionHit) return regionHit;

  const ambiguous = full.length > 1 ? full : ofKind.length > 1 ? ofKind : core;
  if (ambiguous.length > 1) return { match: null, candidates: ambiguous.map((i) => i.place) };
  return { match: null, candidates: suggest(key.full, scope) };
}

/** One region among cities of the same name in its country: the region (rule 4 above). */
function regionOverCities(found: Indexed[]): PlaceMatch | undefined {
  const regions = found.filter((i) => i.kind === 'region');
  const region = regions.length === 1 ? regions[0] : undefined;
  if (!region || found.length < 2) return undefined;
  const othersAreItsCities = found.every((i) => i === region || (i.kind === 'city' && i.place.country === region.place.country));
  return othersAreItsCities ? { match: region.place, candidates: [region.place] } : undefined;
}

/**
 * The division with this ISO 3166-2 code (any case). The 2022 Kazakh numeric codes give the
 * 2020–2021 division they belong to (`KZ-61` → the place coded `KZ-YUZ`).
 */
export function placeByCode(code: string, asOf?: string): Place | undefined {
  const place = INDEX.byCode.get(code.trim().toUpperCase())?.place;
  return place ? atDate(place, asOf) : undefined;
}

/** The divisions of a country, in table order (cities of republican status first). */
export function placesOf(countryIso3: string, asOf?: string): Place[] {
  const country = countryIso3.toUpperCase();
  return INDEX.all.filter((i) => i.place.country === country).map((i) => atDate(i.place, asOf));
}

/** The place under the name in force on `asOf` (names-in-force.ts); itself without a date. */
function atDate(place: Place, asOf: string | undefined): Place {
  const name = nameInForce(place.code, place.name, asOf);
  return name === place.name ? place : Object.freeze({ ...place, name: Object.freeze(name) });
}
