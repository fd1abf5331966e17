#!/usr/bin/env node
/**
 * Builds the boundary data shipped in src/geo/data/ from the source data in ../shared/geo/
 * (see ../shared/geo/README.md beside the repository, and licenses/geo/).
 *
 *   npm run build:geo                      (= npm run build:ts && node scripts/build-geo.mjs)
 *   node scripts/build-geo.mjs [SOURCE_DIR]  (after npm run build:ts)
 *
 * SOURCE_DIR defaults to ../shared/geo (relative to the repository). The script uses the place
 * table compiled in dist/geo/, so the TypeScript build must run first. Its output is deterministic:
 * running it twice gives the same bytes.
 *
 * What it fixes in the sources:
 * - drops the stray features with id `-99` and no name (kaz, rus);
 * - gives every feature the ISO 3166-2 code of the place table, from its name (old names such as
 *   Leninabad, Tashauz, Chardzhou, Tadzhikistan Territories are aliases in the table), or from its
 *   HASC id where the name is ambiguous (`Tashkent` is both the city UZ.TK and the region UZ.TA;
 *   `Almaty` is the region KZ.AA, `Osh` the region KG.OS, `Altay` the krai RU.AL); Bishkek and
 *   Chuy (both `KG.GB`), Moscow city and oblast (both `RU.MS`), Arkhangelsk and Vologda (both
 *   `RU.VO`) are told apart by name;
 * - fills the hole that Natural Earth cuts for the Baikonur lease in Kyzylorda region;
 * - adds a point for the cities of republican status that the old geometry does not draw (Osh city
 *   KG-GO, Ashgabat TM-S, Shymkent KZ-SHY), so that every division has a feature;
 * - in the country outlines, draws Crimea as part of Ukraine (United Nations General Assembly
 *   resolution 68/262), not of Russia as Natural Earth's de facto outline does.
 * Every province gets a label point (the pole of inaccessibility of its largest part), used for
 * symbols and labels; the geometry is simplified (Russia more coarsely) and quantised.
 *
 * Output: src/geo/data/admin1.<iso3>.topo.json (object `admin1`: id = ISO 3166-2 code,
 * properties.label = [lon, lat]) and src/geo/data/admin0.topo.json (object `countries`: id = ISO3).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoContains } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { matchAdmin1, placeByCode, placesOf } from '../dist/schema/places.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.argv[2] ?? join(root, '..', 'shared', 'geo'));
const out = join(root, 'src', 'geo', 'data');

/** Share of the vertices kept (by weight), and the quantisation, per country. */
const DETAIL = {
  KGZ: { file: 'kgz', keep: 0.7, q: 1e5 },
  TJK: { file: 'tjk', keep: 0.7, q: 1e5 },
  KAZ: { file: 'kaz', keep: 0.45, q: 1e5 },
  UZB: { file: 'uzb', keep: 0.7, q: 1e5 },
  TKM: { file: 'tkm', keep: 0.6, q: 1e5 },
  RUS: { file: 'rus', keep: 0.12, q: 1e5 },
};
const ADMIN0 = { keep: 0.12, q: 1e5 };

/** Where the feature's name alone is ambiguous or names another division. */
const BY_HASC = { 'RU.AL': 'RU-ALT', 'KZ.AA': 'KZ-ALM', 'KZ.AC': 'KZ-ALA', 'UZ.TA': 'UZ-TO', 'UZ.TK': 'UZ-TK', 'KG.OS': 'KG-O' };

/** Cities of republican status missing from the geometry: [longitude, latitude]. */
const CITY_POINTS = { 'KG-GO': [72.7985, 40.5283], 'TM-S': [58.3261, 37.9601], 'KZ-SHY': [69.5901, 42.3417] };

const SIMFEROPOL = [34.1, 44.95];

/**
 * Holes to fill: Natural Earth cuts the Baikonur lease out of Kyzylorda region, which would show as
 * an unexplained blank circle; the land is Kazakhstan's and lies in Kyzylorda region.
 */
const FILL_HOLES = { 'KZ-KZY': [63.31, 45.62] };

function insideRing(ring, [x, y]) {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

function fillHole(geometry, point) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let filled = 0;
  const result = polygons.map((rings) => rings.filter((ring, i) => {
    const hole = i > 0 && insideRing(ring, point);
    if (hole) filled++;
    return !hole;
  }));
  if (filled !== 1) fail(`expected one hole to fill at ${point}, found ${filled}`);
  return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: result[0] } : { type: 'MultiPolygon', coordinates: result };
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function fail(message) {
  console.error(`build-geo: ${message}`);
  process.exit(1);
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

/** Pole of inaccessibility of a polygon (rings in lon/lat), by grid search refined twice. */
function labelPoint(rings) {
  // Rings that cross the antimeridian (Chukotka) are unwrapped to 0…360° first.
  const wraps = rings.some((r) => Math.max(...r.map((p) => p[0])) - Math.min(...r.map((p) => p[0])) > 180);
  const polygon = wraps ? rings.map((r) => r.map(([x, y]) => [x < 0 ? x + 360 : x, y])) : rings;
  const outer = polygon[0];
  const lat0 = outer.reduce((s, p) => s + p[1], 0) / outer.length;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const inside = (x, y) => {
    let c = false;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
      }
    }
    return c;
  };
  const distance = (x, y) => {
    let best = Infinity;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const ax = ring[j][0] * kx, ay = ring[j][1], bx = ring[i][0] * kx, by = ring[i][1];
        const px = x * kx, py = y;
        const dx = bx - ax, dy = by - ay;
        const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
      }
    }
    return best;
  };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  let best = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, d: -1 };
  for (let pass = 0; pass < 3; pass++) {
    const n = 40;
    const sx = (x1 - x0) / n, sy = (y1 - y0) / n;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const x = x0 + i * sx, y = y0 + j * sy;
        if (!inside(x, y)) continue;
        const d = distance(x, y);
        if (d > best.d) best = { x, y, d };
      }
    }
    [x0, x1, y0, y1] = [best.x - 2 * sx, best.x + 2 * sx, best.y - 2 * sy, best.y + 2 * sy];
  }
  return [round(best.x > 180 ? best.x - 360 : best.x), round(best.y)];
}

function largestPolygon(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0], bestArea = -1;
  for (const p of polygons) {
    const a = geoArea({ type: 'Polygon', coordinates: p });
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best;
}

/** Simplifies and quantises a topology; keeps `keep` of the vertices, by spherical area. */
function shrink(topo, { keep, q }) {
  const pre = presimplify(topo, sphericalTriangleArea);
  // quantile() ranks weights from the largest: quantile(t, 0.2) keeps the heaviest 20% of vertices.
  const simple = simplify(pre, quantile(pre, keep));
  for (const arc of simple.arcs) for (const p of arc) p.length = 2;
  return quantize(simple, q);
}

function admin1(iso3, { file, keep, q }) {
  const topo = readJson(join(source, 'admin1', `${file}.admin1.topo.json`));
  const [name] = Object.keys(topo.objects);
  const features = [];
  const seen = new Map();
  for (const f of feature(topo, topo.objects[name]).features) {
    const label = f.properties?.name;
    if (f.id === '-99' || !label) continue;
    const code = BY_HASC[f.id] ?? matchAdmin1(label, iso3).match?.code;
    if (!code) fail(`${file}: no division of ${iso3} for feature ${f.id} "${label}"`);
    if (seen.has(code)) fail(`${file}: ${code} given to both "${seen.get(code)}" and "${label}"`);
    seen.set(code, label);
    if (FILL_HOLES[code]) f.geometry = fillHole(f.geometry, FILL_HOLES[code]);
    const point = labelPoint(largestPolygon(f.geometry));
    if (!geoContains(f, point)) fail(`${file}: the label point of ${code} falls outside it`);
    features.push({ type: 'Feature', id: code, properties: { label: point }, geometry: f.geometry });
  }
  for (const [code, point] of Object.entries(CITY_POINTS)) {
    if (placeByCode(code)?.country !== iso3 || seen.has(code)) continue;
    seen.set(code, 'point');
    features.push({ type: 'Feature', id: code, properties: { label: point, point: true }, geometry: { type: 'Point', coordinates: point } });
  }
  const order = new Map(placesOf(iso3).map((p, i) => [p.code, i]));
  features.sort((a, b) => (order.get(a.id) ?? 999) - (order.get(b.id) ?? 999));
  const missing = placesOf(iso3).filter((p) => !seen.has(p.code)).map((p) => p.code);
  const result = shrink(topology({ admin1: { type: 'FeatureCollection', features } }), { keep, q });
  return { result, missing };
}

function admin0() {
  const src = readJson(join(source, 'admin0', 'region.admin0.geo.json'));
  const byIso = new Map(src.features.map((f) => [f.properties.iso_a3, f]));
  const rus = byIso.get('RUS');
  const ukr = byIso.get('UKR');
  const crimea = rus.geometry.coordinates.filter((p) => geoContains({ type: 'Polygon', coordinates: p }, SIMFEROPOL));
  if (crimea.length !== 1) fail('admin0: cannot find Crimea in the outline of Russia');
  const ukrPolygons = ukr.geometry.type === 'Polygon' ? [ukr.geometry.coordinates] : ukr.geometry.coordinates;
  const features = src.features
    .map((f) => {
      const iso = f.properties.iso_a3;
      let geometry = f.geometry;
      if (iso === 'RUS') geometry = { type: 'MultiPolygon', coordinates: rus.geometry.coordinates.filter((p) => !crimea.includes(p)) };
      if (iso === 'UKR') geometry = { type: 'MultiPolygon', coordinates: [...ukrPolygons, ...crimea] };
      return { type: 'Feature', id: iso, properties: {}, geometry };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return shrink(topology({ countries: { type: 'FeatureCollection', features } }), ADMIN0);
}

mkdirSync(out, { recursive: true });
let total = 0;
const write = (name, data) => {
  const text = JSON.stringify(data);
  writeFileSync(join(out, name), text);
  total += text.length;
  console.log(`${name}: ${(text.length / 1024).toFixed(1)} KiB`);
};
for (const [iso3, detail] of Object.entries(DETAIL)) {
  const { result, missing } = admin1(iso3, detail);
  write(`admin1.${iso3.toLowerCase()}.topo.json`, result);
  if (missing.length > 0) console.log(`  ${iso3}: no feature for ${missing.join(', ')}`);
}
write('admin0.topo.json', admin0());
console.log(`total: ${(total / 1024).toFixed(1)} KiB`);
