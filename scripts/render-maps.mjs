#!/usr/bin/env node
/**
 * Draws sample coverage maps of the six countries in English and Russian, as SVG and PNG, for
 * looking at (not a test: the numbers are made up).
 *
 *   npm run build:ts && node scripts/render-maps.mjs [OUT_DIR] [--all]
 *
 * OUT_DIR defaults to out/maps. With --all, every province gets a count (the crowded case).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vl from 'vega-lite';
import * as vega from 'vega';
import { Resvg } from '@resvg/resvg-js';
import { mapSpec } from '../dist/geo/map-spec.js';
import { placesOf } from '../dist/schema/places.js';
import { fontkitWidth } from '../dist/charts/text-metrics.js';
import { FONT_FILES } from '../dist/charts/fonts.js';

vega.textMetrics.width = fontkitWidth;
const args = process.argv.slice(2);
const all = args.includes('--all');
const out = args.find((a) => !a.startsWith('--')) ?? join('out', 'maps');
mkdirSync(out, { recursive: true });

const SAMPLE = {
  KGZ: { 'KG-GB': 120, 'KG-C': 45, 'KG-O': 60, 'KG-GO': 30, 'KG-J': 25, 'KG-B': 4 },
  TJK: { 'TJ-DU': 80, 'TJ-SU': 50, 'TJ-KT': 70, 'TJ-RA': 20, 'TJ-GB': 3 },
  KAZ: { 'KZ-ALA': 150, 'KZ-AST': 60, 'KZ-SHY': 40, 'KZ-ALM': 20, 'KZ-YUZ': 30, 'KZ-KAR': 10, 'KZ-ATY': 5, 'KZ-ZAP': 2 },
  UZB: { 'UZ-TK': 200, 'UZ-TO': 40, 'UZ-SA': 60, 'UZ-FA': 50, 'UZ-AN': 30, 'UZ-NG': 20, 'UZ-QR': 10, 'UZ-XO': 15 },
  TKM: { 'TM-S': 40, 'TM-A': 10, 'TM-L': 5, 'TM-M': 12, 'TM-D': 3, 'TM-B': 1 },
  RUS: { 'RU-MOW': 900, 'RU-MOS': 300, 'RU-SPE': 250, 'RU-SVE': 120, 'RU-NVS': 80, 'RU-TA': 40, 'RU-KDA': 30, 'RU-SAM': 20, 'RU-TYU': 25, 'RU-KHM': 15 },
};

for (const [iso3, sample] of Object.entries(SAMPLE)) {
  const counts = all
    ? placesOf(iso3).map((p, i) => ({ code: p.code, count: ((i * 37) % 50) + 1 }))
    : Object.entries(sample).map(([code, count]) => ({ code, count }));
  for (const lang of ['en', 'ru']) {
    const { spec } = vl.compile(mapSpec(iso3, counts, lang));
    const view = new vega.View(vega.parse(spec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 2 },
      font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    }).render().asPng();
    const name = join(out, `${iso3.toLowerCase()}-${lang}${all ? '-all' : ''}`);
    writeFileSync(`${name}.svg`, svg);
    writeFileSync(`${name}.png`, png);
    console.log(`${name}.png`);
  }
}
