import { describe, expect, it } from 'vitest';
import * as vl from 'vega-lite';
import * as vega from 'vega';
import { legendValues, mapAbbreviationNote, mapLabelsClash, mapSpec } from '../../src/geo/map-spec.js';
import { svgTextBoxes } from '../../src/check/svg-text.js';
import { textMeasure } from '../../src/charts/measure.js';
import { MAPPED_COUNTRIES } from '../../src/geo/boundaries.js';
import { placesOf } from '../../src/schema/places.js';
import { MAP_ATTRIBUTION } from '../../src/i18n/map-attribution.js';

type Layer = { data?: { values?: Array<Record<string, unknown>> }; mark: { type: string } };

function layers(spec: unknown): Layer[] {
  return (spec as { layer: Layer[] }).layer;
}

function compile(spec: unknown): { vega: vega.Spec; warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    level: () => 0,
    warn(...a: unknown[]) { warnings.push(a.join(' ')); return this; },
    info() { return this; },
    debug() { return this; },
    error(...a: unknown[]) { throw new Error(a.join(' ')); },
  };
  return { vega: vl.compile(spec as vl.TopLevelSpec, { logger: logger as never }).spec, warnings };
}

const SAMPLE: Record<string, Array<{ code: string; count: number }>> = {
  KGZ: [{ code: 'KG-GB', count: 120 }, { code: 'KG-C', count: 45 }, { code: 'KG-GO', count: 30 }],
  TJK: [{ code: 'TJ-DU', count: 80 }, { code: 'TJ-RA', count: 20 }],
  KAZ: [{ code: 'KZ-ALA', count: 1500 }, { code: 'KZ-SHY', count: 40 }],
  RUS: [{ code: 'RU-MOW', count: 900 }, { code: 'RU-SVE', count: 120 }, { code: 'RU-NVS', count: 8 }],
  UZB: [{ code: 'UZ-TK', count: 200 }, { code: 'UZ-TO', count: 40 }],
  TKM: [{ code: 'TM-S', count: 40 }],
};

describe('mapSpec', () => {
  it.each(MAPPED_COUNTRIES.flatMap((c) => [[c, 'en'], [c, 'ru']] as const))('%s/%s compiles without warnings and draws every province', (iso3, lang) => {
    const spec = mapSpec(iso3, SAMPLE[iso3] ?? [], lang);
    expect(compile(spec).warnings).toEqual([]);
    const drawn = layers(spec)
      .filter((l) => l.mark.type === 'geoshape')
      .flatMap((l) => l.data?.values ?? [])
      .map((f) => f['id'])
      .filter((id): id is string => typeof id === 'string' && id.includes('-'));
    const points = layers(spec).find((l) => l.mark.type === 'point')?.data?.values?.length ?? 0;
    const withCounts = new Set((SAMPLE[iso3] ?? []).map((c) => c.code));
    // Cities drawn as points appear in the point layer unless their symbol stands for them.
    const pointCities = placesOf(iso3).filter((p) => !drawn.includes(p.code));
    expect(pointCities.filter((p) => !withCounts.has(p.code)).length).toBe(points);
    expect(drawn.length + pointCities.length).toBe(placesOf(iso3).length);
  });

  it('draws one symbol per province with records and labels them in the language asked', () => {
    const counts = [{ code: 'KG-GB', count: 1234 }, { code: 'KG-C', count: 45 }, { code: 'TJ-SU', count: 9 }, { code: null, count: 3 }];
    const ru = mapSpec('KGZ', counts, 'ru');
    const symbols = layers(ru).find((l) => l.mark.type === 'circle')?.data?.values ?? [];
    expect(symbols.map((s) => [s['code'], s['count']])).toEqual([['KG-GB', 1234], ['KG-C', 45]]);
    const texts = layers(ru).filter((l) => l.mark.type === 'text').flatMap((l) => l.data?.values ?? []).map((v) => [v['text']].flat().join(' '));
    expect(texts).toContain('Бишкек (1\u00a0234)');
    // the name of the tables and text, not a short form
    expect(texts).toContain('Чуйская область (45)');
    expect(texts).toContain('КАЗАХСТАН');
    const en = mapSpec('KGZ', counts, 'en');
    const textsEn = layers(en).filter((l) => l.mark.type === 'text').flatMap((l) => l.data?.values ?? []).map((v) => [v['text']].flat().join(' '));
    expect(textsEn).toContain('Bishkek (1,234)');
    expect(textsEn).toContain('Chui Region (45)');
    // provinces without records are not labelled, in either language
    for (const t of [texts, textsEn]) expect(t.filter((x) => /Naryn|Нарын/.test(x))).toEqual([]);
    expect((en as unknown as { usermeta: { attribution: string } }).usermeta.attribution).toBe(MAP_ATTRIBUTION.en);
  });

  it('treats a zero count as no records', () => {
    const spec = mapSpec('KGZ', [{ code: 'KG-GB', count: 5 }, { code: 'KG-N', count: 0 }], 'en');
    const symbols = layers(spec).find((l) => l.mark.type === 'circle')?.data?.values ?? [];
    expect(symbols.map((s) => s['code'])).toEqual(['KG-GB']);
    const texts = layers(spec).filter((l) => l.mark.type === 'text').flatMap((l) => l.data?.values ?? []);
    expect(texts.map((t) => [t['text']].flat().join(' '))).not.toContain('Naryn Region');
    expect(texts.map((t) => [t['text']].flat().join(' ')).filter((t) => t.startsWith('Naryn'))).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(mapSpec('RUS', SAMPLE['RUS'] ?? [], 'en'))).toBe(JSON.stringify(mapSpec('RUS', SAMPLE['RUS'] ?? [], 'en')));
  });

  it('draws a map without records (no symbols, no legend)', () => {
    const spec = mapSpec('TJK', [], 'en');
    expect(layers(spec).some((l) => l.mark.type === 'circle')).toBe(false);
    expect(compile(spec).warnings).toEqual([]);
  });

  it('renders to SVG with the province names', async () => {
    const view = new vega.View(vega.parse(compile(mapSpec('TJK', SAMPLE['TJK'] ?? [], 'ru')).vega), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    expect(svg).toContain('Душанбе (80)');
    expect(svg).toContain('РРП (20)');
    expect(svg).toMatch(/<path[^>]+d="M/);
  });
});

describe('map labels', () => {
  // Bulletin 1's Kazakhstan in Russian: seven provinces, labels of two and three lines.
  const KAZ = [['KZ-AKT', 51], ['KZ-ALA', 247], ['KZ-ALM', 58], ['KZ-AST', 152], ['KZ-KAR', 81], ['KZ-MAN', 49], ['KZ-SHY', 100]].map(([code, count]) => ({ code: code as string, count: count as number }));
  const svgOf = async (width: number) => {
    const view = new vega.View(vega.parse(compile(mapSpec('KAZ', KAZ, 'ru', { width })).vega), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    return svg;
  };

  it('draws a label of several lines centred where it was placed, so that no two labels run into each other', async () => {
    const { boxes } = svgTextBoxes(await svgOf(270), textMeasure());
    const labels = boxes.filter((b) => /[а-я]/.test(b.text) || /^\(/.test(b.text));
    const hits: string[] = [];
    for (const a of labels) for (const b of labels) {
      if (a === b || a.element === b.element || a.text === b.text) continue;
      if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.75 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.75) hits.push(`${a.text} / ${b.text}`);
    }
    expect(hits).toEqual([]);
  });

  it('draws no label out of the frame or into another, even on a map too small for them', async () => {
    const spec = mapSpec('KAZ', KAZ, 'ru', { width: 150 });
    const { width, height } = spec as unknown as { width: number; height: number };
    const view = new vega.View(vega.parse(compile(spec).vega), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    // province labels (not the neighbours' capitals, not the legend's title below the map)
    const labels = svgTextBoxes(svg, textMeasure()).boxes.filter((b) => b.text !== 'Записи' && ((/[а-я]/.test(b.text) && !/^[А-Я ]+$/.test(b.text)) || /^\(/.test(b.text)));
    expect(labels.length).toBeGreaterThan(0);
    for (const b of labels) expect([b.x0 >= 0, b.y0 >= 0, b.x1 <= width, b.y1 <= height], b.text).toEqual([true, true, true, true]);
    const hits: string[] = [];
    for (const a of labels) for (const b of labels) {
      if (a === b || a.element === b.element || a.text === b.text) continue;
      if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.75 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.75) hits.push(`${a.text} / ${b.text}`);
    }
    expect(hits).toEqual([]);
  });

  it('says when a map is too small for its labels', () => {
    expect(mapLabelsClash('KAZ', KAZ, 'ru', 480)).toBe(false);
    expect(mapLabelsClash('KAZ', KAZ, 'ru', 120)).toBe(true);
  });
});

describe('legendValues', () => {
  it('picks round values up to the maximum', () => {
    expect(legendValues(120)).toEqual([10, 50, 100]);
    expect(legendValues(900)).toEqual([50, 200, 900]);
    expect(legendValues(49)).toEqual([2, 20, 40]);
    expect(legendValues(1234)).toEqual([100, 500, 1000]);
    expect(legendValues(3)).toEqual([1, 3]);
    expect(legendValues(1)).toEqual([1]);
    expect(legendValues(0)).toEqual([]);
  });
});

describe('the abbreviations a map writes are spelled out in its note', () => {
  it('a map of Tajikistan explains DRS and GBAO (РРП, ГБАО); a map without abbreviations has no such note', () => {
    // a map labels only the provinces with records: the note explains what it writes
    const tjk = [{ code: 'TJ-DU', count: 40 }, { code: 'TJ-GB', count: 12 }, { code: 'TJ-RA', count: 30 }];
    expect(mapAbbreviationNote('TJK', tjk, 'en')).toBe('GBAO: Gorno-Badakhshan Autonomous Region; DRS: Districts of Republican Subordination.');
    expect(mapAbbreviationNote('TJK', tjk, 'ru')).toBe('ГБАО: Горно-Бадахшанская автономная область; РРП: районы республиканского подчинения.');
    expect(mapAbbreviationNote('TJK', [{ code: 'TJ-DU', count: 40 }], 'en')).toBeUndefined();
    expect(mapAbbreviationNote('KGZ', [{ code: 'KG-GB', count: 40 }], 'en')).toBeUndefined();
    // no other short forms: Khanty-Mansi is written as in the tables
    expect(mapAbbreviationNote('RUS', [{ code: 'RU-KHM', count: 4 }], 'ru')).toBeUndefined();
  });
});
