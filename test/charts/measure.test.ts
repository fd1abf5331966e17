import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { createTextMeasure } from '../../src/charts/measure.js';
import { FONT_FILES, faceFor } from '../../src/charts/fonts.js';
import { fontkitWidth, installFontMetrics } from '../../src/charts/text-metrics.js';

describe('fonts', () => {
  it('names existing absolute TTF files for every face', () => {
    for (const file of Object.values(FONT_FILES)) {
      expect(isAbsolute(file)).toBe(true);
      expect(file).toMatch(/\.ttf$/);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('maps CSS weights and styles to faces', () => {
    expect([faceFor(undefined), faceFor('bold'), faceFor(700), faceFor('600'), faceFor(400, 'italic'), faceFor('normal')]).toEqual([
      'regular', 'bold', 'bold', 'semibold', 'italic', 'regular',
    ]);
  });
});

describe('text measurement', () => {
  const measure = createTextMeasure();

  it('measures proportional widths on Noto Sans (in points at the given size)', () => {
    expect(measure('iiii', 10)).toBeLessThan(measure('MMMM', 10));
    expect(measure('Мужчины', 20)).toBeCloseTo(2 * measure('Мужчины', 10), 6);
    expect(measure('Мужчины', 10, 'bold')).toBeGreaterThan(measure('Мужчины', 10));
    expect(Math.round(measure('Мужчины', 10) * 100) / 100).toMatchInlineSnapshot(`47.38`);
    expect(measure('', 10)).toBe(0);
  });

  it('replaces Vega\'s width estimate and honours the text limit', () => {
    const item = { fontSize: 10 };
    expect(fontkitWidth(item, 'Мужчины')).toBeCloseTo(measure('Мужчины', 10), 6);
    expect(fontkitWidth({ fontSize: 10, fontWeight: 'bold' }, 'Мужчины')).toBeCloseTo(measure('Мужчины', 10, 'bold'), 6);
    expect(fontkitWidth({ fontSize: 10, limit: 20 }, 'Российская Федерация')).toBe(20);
    expect(fontkitWidth({}, 'abc')).toBeCloseTo(measure('abc', 11), 6);
    const metrics = { width: (_item: object, _text: unknown) => 0 };
    installFontMetrics(metrics);
    expect(metrics.width).toBe(fontkitWidth);
  });
});
