import { describe, expect, it } from 'vitest';
import { CATEGORICAL, IOM_BLUE } from '../../src/charts/palette.js';
import { categorical, inkOn, sequential, themeConfig } from '../../src/charts/theme.js';
import { vegaLocale } from '../../src/charts/locale.js';

describe('theme', () => {
  it('starts every palette with IOM blue', () => {
    expect(CATEGORICAL[0]).toBe(IOM_BLUE);
    expect(sequential(4)[0]?.toLowerCase()).toBe(IOM_BLUE.toLowerCase());
    expect(categorical(10)).toHaveLength(10);
    expect(sequential(7)).toHaveLength(7);
    expect(new Set(sequential(5)).size).toBe(5);
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
    expect(diverging(2)).toEqual([IOM_BLUE, '#e08a1e']);
    expect(diverging(3)).toEqual([IOM_BLUE, '#c8c8c8', '#e08a1e']);
    expect(diverging(5)).toHaveLength(5);
    expect(diverging(5)[2]).toBe('#c8c8c8');
    expect(diverging(4)[0]).toBe('#0033a0');
  });
});
