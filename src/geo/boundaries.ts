/**
 * The boundary data shipped in src/geo/data/ (built by scripts/build-geo.mjs): first-level
 * divisions per country and country outlines for context, as GeoJSON.
 *
 * The files are read from src/geo/data/ both when running from src/ and from dist/ (the path
 * `../../src/geo/data/` resolves to the same folder from src/geo/ and from dist/geo/).
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BulletinError, EXIT } from '../errors.js';
import { packageUrl } from '../package-root.js';
import { msg } from '../messages/index.js';

/** Countries with first-level boundaries. */
export const MAPPED_COUNTRIES = ['KGZ', 'TJK', 'KAZ', 'RUS', 'UZB', 'TKM'] as const;

interface ProvinceProperties {
  /** Where symbols and labels go: [longitude, latitude], inside the province. */
  label: [number, number];
  /** True for a city drawn as a point because the geometry has no polygon for it. */
  point?: boolean;
}

export type ProvinceFeature = Feature<Geometry, ProvinceProperties> & { id: string };

export interface Admin1 {
  /** One feature per division; `id` is the ISO 3166-2 code. */
  provinces: ProvinceFeature[];
  /** The country's outer border. */
  outline: MultiLineString;
}

const DATA_DIR = packageUrl('src/geo/data/');

function readTopology(file: string): Topology {
  const url = new URL(file, DATA_DIR);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as Topology;
  } catch (e) {
    throw new BulletinError('geo.data-missing', msg.geo.geoDataMissing(`src/geo/data/${file}`), EXIT.INTERNAL, {
      cause: e instanceof Error ? e.message : String(e),
    });
  }
}

export function hasBoundaries(countryIso3: string): boolean {
  return (MAPPED_COUNTRIES as readonly string[]).includes(countryIso3.toUpperCase());
}

/** First-level divisions of one of MAPPED_COUNTRIES. */
export function loadAdmin1(countryIso3: string): Admin1 {
  const iso3 = countryIso3.toUpperCase();
  if (!hasBoundaries(iso3)) throw new BulletinError('geo.no-boundaries', `no boundaries for ${iso3}`, EXIT.INTERNAL);
  const topo = readTopology(`admin1.${iso3.toLowerCase()}.topo.json`);
  const object = topo.objects['admin1'] as GeometryCollection<ProvinceProperties>;
  const fc = feature(topo, object) as FeatureCollection<Geometry, ProvinceProperties>;
  const provinces = fc.features.map((f) => ({ ...f, id: String(f.id) }));
  return { provinces, outline: mesh(topo, object, (a, b) => a === b) };
}

/** Outlines of the six countries and their neighbours (Crimea drawn as part of Ukraine). */
export function loadCountries(): Array<Feature<Geometry> & { id: string }> {
  const topo = readTopology('admin0.topo.json');
  const fc = feature(topo, topo.objects['countries'] as GeometryCollection);
  return fc.features.map((f) => ({ ...f, id: String(f.id) }));
}
