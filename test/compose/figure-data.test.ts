import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { figureData } from '../../src/compose/figure-data.js';
import type { IndicatorInfo } from '../../src/compose/indicator-info.js';
import type { FigureSpec } from '../../src/schema/template.js';

const row = (indicator: string, dims: Record<string, string>, category: string | undefined, value: number, extra: Partial<ResultRow> = {}): ResultRow => ({
  key: '',
  indicator,
  dims,
  ...(category !== undefined ? { category } : {}),
  stat: 'count',
  value,
  n: value,
  count: value,
  ...extra,
});
const spec = (s: Partial<FigureSpec>): FigureSpec => ({ id: 'x', indicator: 'b6.x', chart: 'hbar', caption: { en: 'X', ru: 'X' }, notes: [], sort: false, ...s }) as FigureSpec;
const ind = (s: Partial<IndicatorInfo>): IndicatorInfo =>
  ({ id: 'b6.x', dimensions: ['office'], statistic: 'count', base: 'records', instrument: 'assistance', bulletin: 6, ...s }) as IndicatorInfo;
const scope = { country: 'KGZ', countries: ['KGZ', 'KAZ'], lang: 'en' as const, minCell: 5, records: 10 };

describe('figure data', () => {
  it('draws both sides of an age pyramid even when one sex has nobody', () => {
    const rows = [row('b6.x', { office: 'KGZ', sex: 'male' }, '25_34', 6), row('b6.x', { office: 'KGZ', sex: 'male' }, '35_44', 4)];
    const d = figureData(spec({ chart: 'pyramid', series: 'sex' }), ind({ dimensions: ['office', 'sex'], variable: 'age_group' }), rows, scope);
    expect(d.chart?.groups).toEqual(['Male', 'Female']);
    expect(d.chart?.rows.filter((r) => r.group === 'Female').map((r) => [r.category, r.value])).toEqual([
      ['25–34', 0],
      ['35–44', 0],
    ]);
  });

  it('leaves out countries and provinces that nobody in the section named, keeps zeros of fixed code lists', () => {
    const rows = [
      row('b6.x', { office: 'KGZ' }, 'KGZ', 9),
      row('b6.x', { office: 'KGZ' }, 'UZB', 0),
      row('b6.x', { office: 'KGZ' }, undefined, 9),
    ];
    const d = figureData(spec({}), ind({ variable: 'citizenship' }), rows, scope);
    expect(d.chart?.rows.map((r) => r.category)).toEqual(['Kyrgyzstan']);
    const types = [row('b6.x', { office: 'KGZ' }, 'food', 9), row('b6.x', { office: 'KGZ' }, 'shelter', 0)];
    expect(figureData(spec({}), ind({ variable: 'assistance_types', statistic: 'multi_count' }), types, scope).chart?.rows.map((r) => r.category)).toEqual(['Food', 'Shelter']);
  });

  it('marks hidden cells and draws no bar for them', () => {
    const rows = [row('b6.x', { office: 'KGZ' }, 'male', 8), row('b6.x', { office: 'KGZ' }, 'female', 0, { value: null, suppressed: 'primary', n: 2 })];
    const d = figureData(spec({ chart: 'donut' }), ind({ variable: 'sex' }), rows, scope);
    expect(d.suppressed).toBe(true);
    expect(d.chart?.rows.find((r) => r.category === 'Female')).toMatchObject({ value: null, suppressed: 'primary' });
    expect(d.base).toBe(10);
  });

  it('compares countries in the regional section, one bar per country for totals', () => {
    const rows = [
      row('b6.x', { office: 'KGZ' }, undefined, 9),
      row('b6.x', { office: 'KAZ' }, undefined, 12),
      row('b6.x', { office: '_total' }, undefined, 21),
      row('b6.x', { office: 'KGZ' }, 'male', 5),
    ];
    const d = figureData(spec({ category: '_total' }), ind({ variable: 'sex' }), rows, { ...scope, country: null, records: 21 });
    expect(d.chart?.rows.map((r) => [r.category, r.value])).toEqual([
      ['Kyrgyzstan', 9],
      ['Kazakhstan', 12],
    ]);
  });
});
