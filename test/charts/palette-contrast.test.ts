/**
 * Every colour that carries data stands out from the white page by at least 3:1 (WCAG 1.4.11,
 * graphical objects): categorical series, sexes, countries, the sequential and diverging ramps and
 * the map's covered provinces; neighbouring steps of the sequential ramp differ in hue.
 */
import { describe, expect, it } from 'vitest';
import {
  CATEGORICAL, COUNTRY_COLORS, DIVERGING_BLUE, DIVERGING_ORANGE, MAP, MIN_GRAPHIC_CONTRAST, NEUTRAL, SEQUENTIAL, SEX_COLORS,
} from '../../src/charts/palette.js';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('palette accessibility', () => {
  it('every data colour keeps 3:1 against white', () => {
    const all: Record<string, string> = {};
    CATEGORICAL.forEach((c, i) => (all[`categorical[${i}]`] = c));
    Object.entries(SEX_COLORS).forEach(([k, c]) => (all[`sex.${k}`] = c));
    COUNTRY_COLORS.forEach((c, i) => (all[`country[${i}]`] = c));
    [...SEQUENTIAL].forEach((c, i) => (all[`sequential[${i}]`] = c));
    [...DIVERGING_BLUE, ...DIVERGING_ORANGE, NEUTRAL].forEach((c, i) => (all[`diverging[${i}]`] = c));
    all['map.covered'] = MAP.covered;
    const low = Object.entries(all).filter(([, c]) => contrast(c.toLowerCase(), '#ffffff') < MIN_GRAPHIC_CONTRAST).map(([k, c]) => `${k} ${c} ${contrast(c.toLowerCase(), '#ffffff').toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it('neighbouring steps of the sequential ramp turn in hue', () => {
    for (let i = 1; i < SEQUENTIAL.length; i++) {
      const d = Math.abs(hue(SEQUENTIAL[i]!) - hue(SEQUENTIAL[i - 1]!));
      expect(Math.min(d, 360 - d), `${SEQUENTIAL[i - 1]} → ${SEQUENTIAL[i]}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('a country never takes a sex\'s colour', () => {
    for (const c of COUNTRY_COLORS) expect(Object.values(SEX_COLORS).map((x) => x.toLowerCase())).not.toContain(c.toLowerCase());
  });
});
