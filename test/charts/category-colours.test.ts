/**
 * Every category of one chart is told apart by its colour (style.md: "a colour means one thing"):
 * no two colours that a chart gives its categories or series are closer than
 * `MIN_CATEGORY_DELTA_E` (CIEDE2000). Checked on the palettes and on every chart the build
 * composes for the sample data, all six bulletins, English and Russian.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_CATEGORY_DELTA_E, MIN_RAMP_STEP_DELTA_E, closestPair, deltaE2000 } from '../helpers/color-difference.js';
import { CATEGORICAL, COUNTRY_COLORS, SEQUENTIAL, SEX_COLORS, WHITE, YES_NO_COLORS } from '../../src/charts/palette.js';
import { toVegaLite } from '../../src/charts/spec.js';
import { categorical, diverging, sequential } from '../../src/charts/theme.js';
import { composeBulletin } from '../../src/compose/document.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare } from '../../src/pipeline/prepare.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The colour scales of a Vega-Lite spec: the colours each of its layers gives its categories. */
function colourScales(node: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(node)) for (const x of node) colourScales(x, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'color' || k === 'fill') && v && typeof v === 'object' && 'scale' in v) {
        const range = (v as { scale?: { range?: unknown } }).scale?.range;
        // white is the hidden block of a stacked bar (drawn with a dashed outline), not a category
        if (Array.isArray(range)) out.push([...new Set(range.filter((c): c is string => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c) && c.toLowerCase() !== WHITE))]);
      }
      colourScales(v, out);
    }
  }
  return out;
}

/** The domain → colour pairs of a Vega-Lite spec's colour scales (category label → fill). */
function colourPairs(node: unknown, out: Map<string, string> = new Map()): Map<string, string> {
  if (Array.isArray(node)) for (const x of node) colourPairs(x, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'color' || k === 'fill') && v && typeof v === 'object' && 'scale' in v) {
        const sc = (v as { scale?: { domain?: unknown; range?: unknown } }).scale;
        const domain: unknown[] = Array.isArray(sc?.domain) ? sc.domain : [];
        const range: unknown[] = Array.isArray(sc?.range) ? sc.range : [];
        domain.forEach((d, i) => {
          const c = range[i];
          if (typeof d === 'string' && typeof c === 'string') out.set(d, c.toLowerCase());
        });
      }
      colourPairs(v, out);
    }
  }
  return out;
}

const RAMP = SEQUENTIAL.map((c) => c.toLowerCase());
const isRamp = (colors: readonly string[]) => colors.length > 1 && colors.every((c) => RAMP.includes(c.toLowerCase()));

/**
 * Two colours of one chart closer than the minimum; for the steps of the ordered ramp, where
 * lightness carries the order, neighbouring steps need only `MIN_RAMP_STEP_DELTA_E`.
 */
const tooClose = (colors: readonly string[]) => {
  if (isRamp(colors)) {
    const steps = [...colors].sort((a, b) => RAMP.indexOf(a.toLowerCase()) - RAMP.indexOf(b.toLowerCase()));
    for (let i = 0; i < steps.length; i++) {
      for (let j = i + 1; j < steps.length; j++) {
        const d = deltaE2000(steps[i]!, steps[j]!);
        const min = j === i + 1 ? MIN_RAMP_STEP_DELTA_E : MIN_CATEGORY_DELTA_E;
        if (d < min) return `${steps[i]} ~ ${steps[j]} (ΔE00 ${d.toFixed(1)}, ramp steps)`;
      }
    }
    return null;
  }
  const p = closestPair(colors);
  return p && p.deltaE < MIN_CATEGORY_DELTA_E ? `${colors[p.i]} ~ ${colors[p.j]} (ΔE00 ${p.deltaE.toFixed(1)})` : null;
};

/** The closest pair across two sets of colours (each meaning something else). */
const closestAcross = (a: readonly string[], b: readonly string[]) =>
  Math.min(...a.flatMap((x) => b.map((y) => deltaE2000(x, y))));

describe('CIEDE2000', () => {
  it('measures 0 for a colour with itself, 100 from black to white, and is symmetric', () => {
    expect(deltaE2000('#0033a0', '#0033a0')).toBe(0);
    expect(deltaE2000('#000000', '#ffffff')).toBeCloseTo(100, 1);
    expect(deltaE2000('#c26a00', '#2a78b0')).toBeCloseTo(deltaE2000('#2a78b0', '#c26a00'), 10);
    // a near-identical pair is close; two unrelated hues are far apart
    expect(deltaE2000('#1f8a9a', '#1b7f8c')).toBeLessThan(6);
    expect(deltaE2000('#0033a0', '#c26a00')).toBeGreaterThan(40);
  });
});

describe('palettes', () => {
  it('any two categorical colours differ by the minimum', () => {
    expect(tooClose(CATEGORICAL)).toBeNull();
    expect(tooClose(COUNTRY_COLORS)).toBeNull();
    expect(tooClose(Object.values(SEX_COLORS))).toBeNull();
  });

  it('every k-step sequential ramp (k ≤ its length, ramp steps) and every diverging ramp keep the minimum', () => {
    for (let k = 2; k <= 8; k++) {
      expect(tooClose(sequential(k)), `sequential(${k})`).toBeNull();
      expect(tooClose(categorical(k)), `categorical(${k})`).toBeNull();
    }
    for (let k = 2; k <= 5; k++) expect(tooClose(diverging(k)), `diverging(${k})`).toBeNull();
  });

  it('the ordered ramp is one hue: neighbouring steps differ by the ramp minimum, steps two apart by the category minimum', () => {
    // not vacuous: the lightest steps are closer than the category minimum, the ramp rule is what admits them
    expect(closestPair(SEQUENTIAL)!.deltaE).toBeLessThan(MIN_CATEGORY_DELTA_E);
    expect(closestPair(SEQUENTIAL)!.deltaE).toBeGreaterThanOrEqual(MIN_RAMP_STEP_DELTA_E);
    for (let i = 2; i < SEQUENTIAL.length; i++) expect(deltaE2000(SEQUENTIAL[i - 2]!, SEQUENTIAL[i]!), `${SEQUENTIAL[i - 2]} ~ ${SEQUENTIAL[i]}`).toBeGreaterThanOrEqual(MIN_CATEGORY_DELTA_E);
    // the lightest step is never taken for the white hidden block
    expect(deltaE2000(SEQUENTIAL[SEQUENTIAL.length - 1]!, WHITE)).toBeGreaterThanOrEqual(MIN_CATEGORY_DELTA_E);
  });

  it('a colour means one thing: no country shares a colour with a step of the ordered ramp, a sex or a yes/no answer', () => {
    expect(closestAcross(COUNTRY_COLORS, SEQUENTIAL)).toBeGreaterThanOrEqual(MIN_CATEGORY_DELTA_E);
    // the sixth country colour (ochre) is only drawn for a sixth country; the first five keep off orange too
    expect(closestAcross(COUNTRY_COLORS.slice(0, 5), [...Object.values(SEX_COLORS), ...Object.values(YES_NO_COLORS)])).toBeGreaterThanOrEqual(MIN_CATEGORY_DELTA_E);
    expect(deltaE2000(YES_NO_COLORS.yes!, YES_NO_COLORS.no!)).toBeGreaterThan(40);
  });

  it('the sequential ramp is ordered: lightness rises at every step', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((x) => (x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    for (let i = 1; i < SEQUENTIAL.length; i++) expect(lum(SEQUENTIAL[i]!), SEQUENTIAL[i]).toBeGreaterThan(lum(SEQUENTIAL[i - 1]!));
  });
});

describe('every chart of the sample bulletins', () => {
  const specs: { id: string; scales: string[][]; pairs: Map<string, string> }[] = [];
  beforeAll(async () => {
    const opts = parseBuildOptions({ bulletin: 'all' }, ROOT);
    const p = await prepare(opts, ROOT, () => undefined);
    for (const t of p.todo) {
      for (const lang of ['en', 'ru'] as const) {
        const composed = composeBulletin(p.composeInput(t, lang));
        for (const f of composed.figures) {
          if (!f.data.chart) continue;
          const vl = toVegaLite(f.data.chart);
          specs.push({ id: `b${t.template.number}.${lang} ${f.id}`, scales: colourScales(vl), pairs: colourPairs(vl) });
        }
      }
    }
  }, 600_000);

  it('draws no two categories of one chart in colours closer than the minimum', () => {
    expect(specs.length).toBeGreaterThan(50);
    expect(specs.some((s) => s.scales.some((r) => r.length >= 6))).toBe(true);
    const bad = specs.flatMap((s) => s.scales.map((r) => tooClose(r)).filter((x) => x !== null).map((x) => `${s.id}: ${x}`));
    expect(bad).toEqual([]);
  });

  it('draws countries and ordered answers in colours of their own throughout a bulletin', () => {
    const byBulletin = new Map<string, { countries: Set<string>; ordered: Set<string> }>();
    for (const s of specs) {
      const key = s.id.split(' ')[0]!;
      const b = byBulletin.get(key) ?? { countries: new Set(), ordered: new Set() };
      byBulletin.set(key, b);
      for (const r of s.scales) {
        if (isRamp(r)) r.forEach((c) => b.ordered.add(c.toLowerCase()));
        if (r.length > 1 && r.every((c) => COUNTRY_COLORS.map((x) => x.toLowerCase()).includes(c.toLowerCase()))) r.forEach((c) => b.countries.add(c.toLowerCase()));
      }
    }
    const withBoth = [...byBulletin].filter(([, b]) => b.countries.size > 0 && b.ordered.size > 0);
    expect(withBoth.map(([k]) => k)).toContain('b3.en');
    for (const [k, b] of withBoth) expect(closestAcross([...b.countries], [...b.ordered]), k).toBeGreaterThanOrEqual(MIN_CATEGORY_DELTA_E);
  });

  it('draws "Yes" blue and "No" orange wherever yes/no answers are the categories, both languages', () => {
    let seen = 0;
    for (const s of specs) {
      const pairs = s.pairs;
      for (const [yes, no] of [['Yes', 'No'], ['Да', 'Нет']] as const) {
        if (!pairs.has(yes) || !pairs.has(no)) continue;
        seen++;
        expect([pairs.get(yes), pairs.get(no)], s.id).toEqual([YES_NO_COLORS.yes!.toLowerCase(), YES_NO_COLORS.no!.toLowerCase()]);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(2);
  });
});
