/**
 * Coverage map of a country: where records come from, by first-level division.
 *
 * Proportional symbols, not a choropleth. The provinces of the region differ in area by three
 * orders of magnitude (Bishkek, Dushanbe, Tashkent, Almaty or Moscow are specks beside the regions
 * around them), and a choropleth colours area: a city province with most of the records would be
 * invisible while a vast empty oblast with a handful would dominate. Counts are therefore drawn as
 * circles whose area is proportional to the count, at a point well inside each province, and the
 * provinces with any record get a light tint, so that the map shows both coverage (which provinces)
 * and weight (how many). Every province of the country is drawn; the neighbouring countries are
 * drawn faintly for context; labels give the name of each province with records as tables and
 * text write it (short-names.ts), in the bulletin's language, and its count, and are placed inside
 * the frame so that they do not overlap (map-labels.ts); one that finds no such place is not drawn.
 *
 * Projection: equal-area conic fitted to the country (map-projection.ts). For the Russian
 * Federation the view is by default fitted to the subjects with records (all subjects are still
 * drawn, clipped to the frame), because records concentrate in a few western and Siberian subjects
 * that would be specks on a map of the whole country.
 */
import type { Feature, Geometry } from 'geojson';
import type { TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY } from '../charts/fonts.js';
import { textMeasure } from '../charts/measure.js';
import { formatCount } from '../i18n/number.js';
import type { Lang } from '../i18n/lang.js';
import { countryLabel } from '../schema/countries.js';
import { MAP_ATTRIBUTION, MAP_DISCLAIMER } from '../i18n/map-attribution.js';
import { contextLabels } from './map-context.js';
import { loadAdmin1, loadCountries, type ProvinceFeature } from './boundaries.js';
import { placeLabels, type LabelRequest } from './map-labels.js';
import { boxOutline, fitProjection, lonLatBox } from './map-projection.js';
import { provinceTotals, type ProvinceCount } from './province-totals.js';
import { placeByCode, placesOf } from '../schema/places.js';
import { abbreviations, mapName } from './short-names.js';
import { MAP } from '../charts/palette.js';

const MAP_COLORS = MAP;

export interface MapSpecOptions {
  /** Width of the figure in points. Default 480. */
  width?: number;
  /** What is counted, for the legend. Default "Records" / "Записи". */
  measure?: { en: string; ru: string };
  /** Fit the view to the whole country or to the provinces with records. Default: `counts` for RUS, else `country`. */
  fit?: 'country' | 'counts';
  /** The date of the data (YYYY-MM-DD): place names are those in force then (names-in-force.ts). */
  asOf?: string;
}

/** Short names of neighbours, where the official name is too long to write across a map. */
const CONTEXT_NAMES: Readonly<Record<string, { en: string; ru: string }>> = {
  CHN: { en: 'China', ru: 'Китай' },
  IRN: { en: 'Iran', ru: 'Иран' },
  MDA: { en: 'Moldova', ru: 'Молдова' },
};

const LABEL_SIZE = 8.5;
/**
 * At most this many provinces with records are sure to be labelled (the largest counts); the others
 * are labelled where there is room. Every count is in the figure's table (tables/<figure-id>.csv).
 */
const MAX_REQUIRED_LABELS = 15;
const CONTEXT_SIZE = 8;
const LINE_HEIGHT = 10;
const MAX_LINE = 16;

function wrap(text: string): string[] {
  if (text.length <= MAX_LINE) return [text];
  const words = text.split(' ');
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + w).length <= MAX_LINE) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines;
}

/** Two or three round values up to `max` for the size legend: 120 → 10, 50, 100; 49 → 2, 20, 40. */
export function legendValues(max: number): number[] {
  if (max <= 0) return [];
  const niceBelow = (x: number): number => {
    if (x < 1) return 0;
    const p = 10 ** Math.floor(Math.log10(x));
    return [5, 2, 1].map((m) => m * p).find((v) => v <= x) ?? p;
  };
  const p = 10 ** Math.floor(Math.log10(max));
  const top = Math.floor(max / p) * p;
  return [...new Set([niceBelow(top / 10), niceBelow(top / 2), top])].filter((v) => v > 0);
}

/** The name wrapped, and the count in brackets after it, on a line of its own if the last is long. */
function labelLines(name: string, count: string | undefined): string[] {
  const lines = wrap(name);
  if (count === undefined) return lines;
  const last = lines.pop() ?? '';
  return last.length + count.length + 3 <= MAX_LINE + 4 ? [...lines, `${last} (${count})`] : [...lines, last, `(${count})`];
}

function collection(features: readonly Feature<Geometry>[]): Feature<Geometry> {
  return { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: features.map((f) => f.geometry) } };
}

/** What the view must show: the country, or the provinces with records plus some room. */
function fitArea(provinces: readonly ProvinceFeature[], known: ReadonlyMap<string, number>, fit: 'country' | 'counts'): Feature<Geometry> {
  const counted = provinces.filter((f) => (known.get(f.id) ?? 0) > 0);
  if (fit === 'country' || counted.length === 0) return collection(provinces);
  const [[w, s], [e, n]] = lonLatBox(collection(counted));
  const [[cw, cs], [ce, cn]] = lonLatBox(collection(provinces));
  const padX = Math.max((e - w) * 0.12, (24 - (e - w)) / 2, 1);
  const padY = Math.max((n - s) * 0.12, (12 - (n - s)) / 2, 0.5);
  return boxOutline([
    [Math.max(cw, w - padX), Math.max(cs, s - padY)],
    [Math.min(ce, e + padX), Math.min(cn, n + padY)],
  ]);
}

/**
 * The note that spells out the abbreviations a coverage map writes ("DRS: Districts of Republican
 * Subordination; GBAO: …"), or undefined when it writes none.
 */
export function mapAbbreviationNote(countryIso3: string, counts: readonly ProvinceCount[], lang: Lang): string | undefined {
  // The map labels the provinces with records, and only those (in either language).
  const counted = new Set(counts.filter((c) => c.count > 0).map((c) => c.code));
  const drawn = placesOf(countryIso3).filter((p) => counted.has(p.code));
  const list = abbreviations(drawn, lang);
  return list.length > 0 ? `${list.join('; ')}.` : undefined;
}

/** The map's frame, symbols and placed labels: what its drawing and mapLabelsClash share. */
function layoutMap(countryIso3: string, counts: readonly ProvinceCount[], lang: Lang, options: MapSpecOptions) {
  const iso3 = countryIso3.toUpperCase();
  const width = options.width ?? 480;
  const fit = options.fit ?? (iso3 === 'RUS' ? 'counts' : 'country');

  const { provinces, outline } = loadAdmin1(iso3);
  const neighbours = loadCountries().filter((f) => f.id !== iso3);
  const { known } = provinceTotals(iso3, counts);
  const has = (id: string): boolean => (known.get(id) ?? 0) > 0;
  const max = Math.max(0, ...known.values());

  const projection = fitProjection(fitArea(provinces, known, fit), {
    width,
    minAspect: 0.5,
    maxAspect: 0.55,
    margin: [10, 10, 10, 10],
  });
  const many = [...known.values()].filter((n) => n > 0).length > MAX_REQUIRED_LABELS;
  const maxRadius = Math.round(width / (many ? 40 : 30));
  const maxArea = Math.PI * maxRadius * maxRadius;
  const minArea = 10;
  const radiusOf = (count: number): number => Math.sqrt((minArea + ((maxArea - minArea) * count) / Math.max(1, max)) / Math.PI);

  const nameOf = (code: string): string => {
    const place = placeByCode(code, options.asOf);
    return place ? mapName(place, lang) : code;
  };
  const measureText = textMeasure();
  const request = (f: ProvinceFeature, count: number, required: boolean): LabelRequest => {
    const [x, y] = projection.project(f.properties.label);
    const lines = labelLines(nameOf(f.id), count > 0 ? formatCount(count, lang) : undefined);
    const width = Math.max(...lines.map((l) => measureText(l, LABEL_SIZE, count > 0 ? 'semibold' : 'regular')));
    return { id: f.id, x, y, r: count > 0 ? radiusOf(count) : 0, lines, width, required };
  };
  const counted = provinces
    .filter((f) => has(f.id))
    .sort((a, b) => (known.get(b.id) ?? 0) - (known.get(a.id) ?? 0));
  const placed = placeLabels(
    [
      ...counted.map((f, rank) => request(f, known.get(f.id) ?? 0, rank < MAX_REQUIRED_LABELS)),
    ],
    { width: projection.width, height: projection.height, lineHeight: LINE_HEIGHT, gap: 2 },
  );
  // A label that found no free place inside the frame is not drawn (its count is in the map's
  // table): labels never run into each other or out of the frame. The layout draws such a map wider.
  const drawn = placed.filter((p) => p.clash !== true);
  const leaders = drawn.flatMap((p) => {
    if (!p.leader) return [];
    const f = provinces.find((x) => x.id === p.id);
    if (!f) return [];
    const [lon2, lat2] = projection.invert(p.leader);
    return [{ lon: f.properties.label[0], lat: f.properties.label[1], lon2, lat2 }];
  });
  return { iso3, provinces, outline, neighbours, known, has, max, projection, maxArea, minArea, counted, placed, drawn, leaders, measureText };
}

/**
 * Whether a label of the map drawn `width` wide would run into another or out of the frame (the
 * layout then draws it wider).
 */
export function mapLabelsClash(countryIso3: string, counts: readonly ProvinceCount[], lang: Lang, width: number): boolean {
  return layoutMap(countryIso3, counts, lang, { width }).placed.some((p) => p.clash === true);
}

/**
 * A Vega-Lite spec of the coverage map of `countryIso3` (one of MAPPED_COUNTRIES) for counts per
 * province (ISO 3166-2 codes; other codes are left out of the map, and kept in the figure's
 * table). Deterministic: same input, same spec.
 */
export function mapSpec(countryIso3: string, counts: readonly ProvinceCount[], lang: Lang, options: MapSpecOptions = {}): TopLevelSpec {
  const measure = options.measure ?? { en: 'Records', ru: 'Записи' };
  const { iso3, provinces, outline, neighbours, known, has, max, projection, maxArea, minArea, counted, drawn, leaders, measureText } = layoutMap(countryIso3, counts, lang, options);
  const labels = drawn.map((p) => {
    // Vega sets the first line of a text mark at its anchor ('middle') and the others below it: the
    // anchor goes half the extra lines up, so that the block is centred where it was placed.
    const [lon, lat] = projection.invert([p.cx, p.cy - ((p.lines.length - 1) * LINE_HEIGHT) / 2]);
    return { lon, lat, text: p.lines, strong: has(p.id) };
  });

  const contextName = (id: string): string => (CONTEXT_NAMES[id] ?? countryLabel(id, options.asOf))[lang].toUpperCase();
  const avoid = [
    ...drawn.map((p) => {
      const half = (Math.max(...p.lines.map((l) => measureText(l, LABEL_SIZE, 'semibold'))) + 4) / 2;
      // Half a line of margin above and below: the glyphs of a label reach beyond its line boxes.
      const halfH = ((p.lines.length + 1) * LINE_HEIGHT) / 2;
      return { x0: p.cx - half - 2, x1: p.cx + half + 2, y0: p.cy - halfH, y1: p.cy + halfH };
    }),
  ];
  const context = contextLabels(neighbours, {
    width: projection.width,
    height: projection.height,
    frameRings: projection.frameRings,
    textWidth: (id) => measureText(contextName(id), CONTEXT_SIZE),
    textHeight: CONTEXT_SIZE + 2,
    avoid,
  }).map((c) => {
    const [lon, lat] = projection.invert([c.x, c.y]);
    return { lon, lat, text: contextName(c.id) };
  });

  const shape = (f: ProvinceFeature) => ({
    type: 'Feature',
    id: f.id,
    properties: { fill: has(f.id) ? MAP_COLORS.covered : MAP_COLORS.uncovered },
    geometry: f.geometry,
  });
  const polygons = provinces.filter((f) => !f.properties.point).map(shape);
  const points = provinces
    .filter((f) => f.properties.point && !has(f.id))
    .map((f) => ({ lon: f.properties.label[0], lat: f.properties.label[1], fill: shape(f).properties.fill }));
  const symbols = counted.map((f) => ({ code: f.id, lon: f.properties.label[0], lat: f.properties.label[1], count: known.get(f.id) ?? 0 }));

  const geo = { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' } } as const;
  const strong = labels.filter((l) => l.strong);
  const soft = labels.filter((l) => !l.strong);
  const text = (values: typeof labels, style: 'halo' | 'strong' | 'soft') => ({
    data: { values },
    mark: {
      type: 'text',
      fontSize: LABEL_SIZE,
      lineHeight: LINE_HEIGHT,
      align: 'center',
      baseline: 'middle',
      fontWeight: style === 'soft' ? 400 : 600,
      ...(style === 'halo' ? { stroke: '#ffffff', strokeWidth: 2.5, strokeJoin: 'round', strokeOpacity: 0.9, fill: '#ffffff' } : {}),
      ...(style === 'strong' ? { fill: MAP_COLORS.ink } : {}),
      ...(style === 'soft' ? { fill: MAP_COLORS.inkSoft } : {}),
    },
    encoding: { ...geo, text: { field: 'text' } },
  });

  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `${MAP_ATTRIBUTION[lang]} ${MAP_DISCLAIMER[lang]}`,
    usermeta: { attribution: MAP_ATTRIBUTION[lang], disclaimer: MAP_DISCLAIMER[lang], country: iso3 },
    width: projection.width,
    height: projection.height,
    padding: 0,
    autosize: { type: 'pad' },
    background: '#ffffff',
    projection: projection.spec,
    config: {
      font: FONT_FAMILY,
      view: { stroke: null },
      locale: lang === 'ru' ? { number: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', ''] } } : undefined,
      legend: {
        labelFont: FONT_FAMILY,
        titleFont: FONT_FAMILY,
        labelFontSize: 8.5,
        titleFontSize: 8.5,
        titleFontWeight: 600,
        labelColor: MAP_COLORS.ink,
        titleColor: MAP_COLORS.ink,
      },
    },
    layer: [
      {
        data: { values: neighbours },
        mark: { type: 'geoshape', fill: MAP_COLORS.neighbour, stroke: MAP_COLORS.neighbourBorder, strokeWidth: 0.5 },
      },
      {
        data: { values: polygons },
        mark: { type: 'geoshape', stroke: MAP_COLORS.border, strokeWidth: 0.5 },
        encoding: { fill: { field: 'properties.fill', type: 'nominal', scale: null } },
      },
      {
        data: { values: [{ type: 'Feature', properties: {}, geometry: outline }] },
        mark: { type: 'geoshape', filled: false, stroke: MAP_COLORS.outline, strokeWidth: 0.9 },
      },
      ...(points.length > 0
        ? [{
            data: { values: points },
            mark: { type: 'point', shape: 'circle', size: 16, filled: true, stroke: MAP_COLORS.outline, strokeWidth: 0.6 },
            encoding: { ...geo, fill: { field: 'fill', type: 'nominal', scale: null } },
          }]
        : []),
      ...(leaders.length > 0
        ? [{
            data: { values: leaders },
            mark: { type: 'rule', stroke: MAP_COLORS.ink, strokeWidth: 0.6 },
            encoding: { ...geo, longitude2: { field: 'lon2' }, latitude2: { field: 'lat2' } },
          }]
        : []),
      ...(symbols.length > 0
        ? [{
            data: { values: symbols },
            mark: { type: 'circle', fill: MAP_COLORS.symbol, opacity: 0.9, stroke: '#ffffff', strokeWidth: 0.7 },
            encoding: {
              ...geo,
              size: {
                field: 'count',
                type: 'quantitative',
                scale: { type: 'linear', domain: [0, Math.max(1, max)], range: [minArea, maxArea], zero: true },
                legend: {
                  title: measure[lang],
                  orient: 'bottom',
                  direction: 'horizontal',
                  values: legendValues(max),
                  titleOrient: 'left',
                  titleAnchor: 'middle',
                  symbolFillColor: MAP_COLORS.symbol,
                  symbolStrokeColor: '#ffffff',
                  symbolOpacity: 0.9,
                  format: ',d',
                  tickMinStep: 1,
                },
              },
            },
          }]
        : []),
      ...(context.length > 0
        ? [{
            data: { values: context },
            mark: { type: 'text', fontSize: CONTEXT_SIZE, align: 'center', baseline: 'middle', fill: '#a6a6a6' },
            encoding: { ...geo, text: { field: 'text' } },
          }]
        : []),
      ...(soft.length > 0 ? [text(soft, 'halo'), text(soft, 'soft')] : []),
      ...(strong.length > 0 ? [text(strong, 'halo'), text(strong, 'strong')] : []),
    ],
  };
  return spec as unknown as TopLevelSpec;
}
