/**
 * Every colour that carries data stands out from the white page by at least 3:1 (WCAG 1.4.11,
 * graphical objects): categorical series, sexes, countries, the sequential and diverging ramps and
 * the map's covered provinces. The ordered ramp is the exception where it is light: its steps sit
 * against each other in a 100 % bar and carry ink labels; it keeps one hue (IOM blue), so that
 * lightness alone carries the order.
 */
import { describe, expect, it } from 'vitest';
import {
  CATEGORICAL, COUNTRY_COLORS, DIVERGING_BLUE, DIVERGING_ORANGE, INK, IOM_BLUE, MAP, MIN_GRAPHIC_CONTRAST, NEUTRAL, SEQUENTIAL, SEX_COLORS, YES_NO_COLORS,
} from '../../src/charts/palette.js';
import { inkOn } from '../../src/charts/theme.js';

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
    Object.entries(YES_NO_COLORS).forEach(([k, c]) => (all[`yesNo.${k}`] = c));
    [...DIVERGING_BLUE, ...DIVERGING_ORANGE, NEUTRAL].forEach((c, i) => (all[`diverging[${i}]`] = c));
    all['map.covered'] = MAP.covered;
    const low = Object.entries(all).filter(([, c]) => contrast(c.toLowerCase(), '#ffffff') < MIN_GRAPHIC_CONTRAST).map(([k, c]) => `${k} ${c} ${contrast(c.toLowerCase(), '#ffffff').toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it('the ordered ramp stays in IOM blue\'s hue, starts at IOM blue, and labels light steps in ink', () => {
    expect(SEQUENTIAL[0]).toBe(IOM_BLUE);
    const h0 = hue(IOM_BLUE);
    for (const c of SEQUENTIAL) {
      const d = Math.abs(hue(c) - h0);
      expect(Math.min(d, 360 - d), c).toBeLessThanOrEqual(15);
      // a step too light for 3:1 with the page is labelled in ink, and the ink label keeps 4.5:1
      const label = inkOn(c);
      if (contrast(c, '#ffffff') < MIN_GRAPHIC_CONTRAST) expect(label, c).toBe(INK);
      expect(contrast(c, label), `${label} on ${c}`).toBeGreaterThanOrEqual(4.5);
    }
    // the darker half keeps 3:1 with the page
    for (const c of SEQUENTIAL.slice(0, 4)) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
  });

  it('a country never takes a sex\'s colour', () => {
    for (const c of COUNTRY_COLORS) expect(Object.values(SEX_COLORS).map((x) => x.toLowerCase())).not.toContain(c.toLowerCase());
  });
});
