/**
 * Every category of one chart is told apart by its colour (style.md: "a colour means one thing"):
 * no two colours that a chart gives its categories or series are closer than
 * `MIN_CATEGORY_DELTA_E` (CIEDE2000). Checked on the palettes and on every chart the build
 * composes for the sample data, all six bulletins, English and Russian.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_CATEGORY_DELTA_E, closestPair, deltaE2000 } from '../../src/charts/color-difference.js';
import { CATEGORICAL, COUNTRY_COLORS, SEQUENTIAL, SEX_COLORS, WHITE } from '../../src/charts/palette.js';
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

const tooClose = (colors: readonly string[]) => {
  const p = closestPair(colors);
  return p && p.deltaE < MIN_CATEGORY_DELTA_E ? `${colors[p.i]} ~ ${colors[p.j]} (ΔE00 ${p.deltaE.toFixed(1)})` : null;
};

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

  it('every k-step sequential ramp (k ≤ its length) and every diverging ramp keep the minimum', () => {
    for (let k = 2; k <= 8; k++) {
      expect(tooClose(sequential(k)), `sequential(${k})`).toBeNull();
      expect(tooClose(categorical(k)), `categorical(${k})`).toBeNull();
    }
    for (let k = 2; k <= 5; k++) expect(tooClose(diverging(k)), `diverging(${k})`).toBeNull();
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
  const specs: { id: string; scales: string[][] }[] = [];
  beforeAll(async () => {
    const opts = parseBuildOptions({ bulletin: 'all' }, ROOT);
    const p = await prepare(opts, ROOT, () => undefined);
    for (const t of p.todo) {
      for (const lang of ['en', 'ru'] as const) {
        const composed = composeBulletin(p.composeInput(t, lang));
        for (const f of composed.figures) {
          if (!f.data.chart) continue;
          specs.push({ id: `b${t.template.number}.${lang} ${f.id}`, scales: colourScales(toVegaLite(f.data.chart)) });
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
});
