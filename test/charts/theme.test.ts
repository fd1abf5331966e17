import { describe, expect, it } from 'vitest';
import { CATEGORICAL, DIVERGING_BLUE, DIVERGING_ORANGE, IOM_BLUE, MIN_GRAPHIC_CONTRAST, NEUTRAL, SEQUENTIAL } from '../../src/charts/palette.js';
import { categorical, diverging, inkOn, sequential, themeConfig } from '../../src/charts/theme.js';

/** WCAG contrast of a colour with white. */
function contrastWithWhite(hex: string): number {
  const lin = (i: number) => {
    const c = parseInt(hex.slice(1 + i, 3 + i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin(0) + 0.7152 * lin(2) + 0.0722 * lin(4);
  return 1.05 / (L + 0.05);
}
import { vegaLocale } from '../../src/charts/locale.js';

describe('theme', () => {
  it('starts every palette with IOM blue', () => {
    expect(CATEGORICAL[0]).toBe(IOM_BLUE);
    expect(sequential(4)[0]).toBe(SEQUENTIAL[0]);
    expect(categorical(10)).toHaveLength(10);
    expect(sequential(7)).toHaveLength(7);
    expect(new Set(sequential(5)).size).toBe(5);
  });

  it('never draws two-sided answers in a near-white tint; an ordered ramp keeps its darkest step at 3:1 with the page', () => {
    expect(MIN_GRAPHIC_CONTRAST).toBe(3);
    for (const c of [...DIVERGING_BLUE, ...DIVERGING_ORANGE, NEUTRAL]) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(3);
    expect(Math.min(...SEQUENTIAL.map(contrastWithWhite))).toBeGreaterThan(1.4);
    for (let k = 2; k <= 9; k++) {
      for (const c of diverging(k)) expect(contrastWithWhite(c), `${k}: ${c}`).toBeGreaterThanOrEqual(3);
      expect(contrastWithWhite(sequential(k)[0]!), `sequential(${k})`).toBeGreaterThanOrEqual(3);
      // distinct up to the palettes' capacity: beyond eight, no set of colours keeps the ΔE00 minimum (category-colours.test.ts)
      if (k <= CATEGORICAL.length) expect(new Set(sequential(k)).size, `sequential(${k})`).toBe(k);
    }
  });

  it('writes white on dark fills and ink on light ones', () => {
    expect(inkOn(IOM_BLUE)).toBe('#ffffff');
    expect(inkOn('#e69f00')).not.toBe('#ffffff');
    expect(inkOn('#d6e2f5')).not.toBe('#ffffff');
  });

  it('uses Noto Sans, no gridlines, and the language\'s number locale', () => {
    const en = themeConfig('en');
    expect(en.font).toBe('Noto Sans');
    expect(en.axis?.grid).toBe(false);
    expect(vegaLocale('ru').number).toMatchObject({ decimal: ',', thousands: '\u00a0' });
    expect(vegaLocale('ru').time?.months[3]).toBe('апрель');
    expect(vegaLocale('en').number).toMatchObject({ decimal: '.', thousands: ',' });
  });
});

describe('diverging palette', () => {
  it('puts blues first, a grey middle for an odd count, oranges last', async () => {
    const { diverging } = await import('../../src/charts/theme.js');
    expect(diverging(2)).toEqual([IOM_BLUE, DIVERGING_ORANGE[1]]);
    expect(diverging(3)).toEqual([IOM_BLUE, NEUTRAL, DIVERGING_ORANGE[1]]);
    expect(diverging(5)).toHaveLength(5);
    expect(diverging(5)[2]).toBe(NEUTRAL);
    expect(diverging(4)[0]).toBe('#0033a0');
  });
});
