import { describe, expect, it } from 'vitest';
import { CATEGORICAL, IOM_BLUE, categorical, inkOn, sequential, themeConfig } from '../../src/charts/theme.js';
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
