import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/analyse/result.js';
import { figureData, hasSmallBase } from '../../src/compose/figure-data.js';
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
    // an option nobody chose in any country is left out (a note says so) ...
    const none = figureData(spec({}), ind({ variable: 'assistance_types', statistic: 'multi_count' }), types, scope);
    expect(none.chart?.rows.map((r) => r.category)).toEqual(['Food']);
    expect(none.zeroDropped).toEqual(['Shelter']);
    // ... but one chosen elsewhere stays, a true zero of this country beside the others
    const elsewhere = [...types, row('b6.x', { office: 'KAZ' }, 'shelter', 3)];
    expect(figureData(spec({}), ind({ variable: 'assistance_types', statistic: 'multi_count' }), elsewhere, scope).chart?.rows.map((r) => r.category)).toEqual(['Food', 'Shelter']);
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

  it('gives the sexes one colour in every chart, and countries colours that are never a sex\'s', () => {
    const donut = figureData(spec({ chart: 'donut' }), ind({ variable: 'sex', statistic: 'share' }), [row('b6.x', { office: 'KGZ' }, 'female', 0.4), row('b6.x', { office: 'KGZ' }, 'male', 0.6)], scope);
    const pyramid = figureData(spec({ chart: 'pyramid', series: 'sex' }), ind({ dimensions: ['office', 'sex'], variable: 'age_group' }), [row('b6.x', { office: 'KGZ', sex: 'female' }, '25_34', 6), row('b6.x', { office: 'KGZ', sex: 'male' }, '25_34', 4)], scope);
    const regional = figureData(spec({ chart: 'donut' }), ind({ variable: 'sex', statistic: 'share' }), [row('b6.x', { office: 'KGZ' }, 'female', 0.4), row('b6.x', { office: 'KAZ' }, 'female', 0.5), row('b6.x', { office: 'KGZ' }, 'male', 0.6), row('b6.x', { office: 'KAZ' }, 'male', 0.5)], { ...scope, country: null });
    for (const d of [donut, pyramid, regional]) expect(d.chart?.colors?.Female).toBe(donut.chart?.colors?.Female);
    expect(donut.chart?.colors?.Female).toBeDefined();
    const byCountry = figureData(spec({ chart: 'grouped-hbar' }), ind({ variable: 'assistance_types', statistic: 'multi_count' }), [row('b6.x', { office: 'KGZ' }, 'food', 9), row('b6.x', { office: 'KAZ' }, 'food', 5), row('b6.x', { office: 'KGZ' }, 'cash', 3), row('b6.x', { office: 'KAZ' }, 'cash', 7)], { ...scope, country: null });
    const countryColors = Object.values(byCountry.chart?.colors ?? {});
    expect(countryColors).toHaveLength(2);
    for (const c of countryColors) expect([donut.chart?.colors?.Male, donut.chart?.colors?.Female, '#8c8c8c', '#bfbfbf', '#ffffff']).not.toContain(c);
  });

  it('draws a regional figure of one kept category ("yes") as one bar per country, not a stack of one', () => {
    const rows = [row('b5.x', { country: 'KGZ', sex: '_total' }, 'yes', 0.2), row('b5.x', { country: 'KAZ', sex: '_total' }, 'yes', 0.3)].map((r) => ({ ...r, stat: 'share' as const }));
    const d = figureData(spec({ chart: 'hbar', category: 'yes', indicator: 'b5.x' }), ind({ id: 'b5.x', dimensions: ['country', 'sex'], variable: 'has_vulnerability', statistic: 'share_valid', instrument: 'survey' }), rows, { ...scope, country: null });
    expect(d.chart?.rows.map((r) => [r.category, r.group])).toEqual([['Kyrgyzstan', undefined], ['Kazakhstan', undefined]]);
  });

  it('marks a bar on fewer than 30 people with its n and "†", and prints each bar\'s n where the bases differ', () => {
    const share = (sector: string, value: number, n: number): ResultRow => ({ ...row('b4.x', { country: 'KGZ', sector_before: sector }, 'yes', value), stat: 'share', n });
    const info = ind({ id: 'b4.x', dimensions: ['country', 'sector_before'], variable: 'lost_job_covid', statistic: 'share_valid', instrument: 'survey' });
    const d = figureData(spec({ indicator: 'b4.x', by: 'sector_before', category: 'yes' }), info, [share('construction', 0.7, 314), share('other', 0.85, 13)], scope);
    expect(d.chart?.rows.map((r) => r.display)).toEqual(['70% (n\u00a0=\u00a0314)', '85% (n\u00a0=\u00a013)\u00a0†']);
    const same = figureData(spec({ indicator: 'b4.x', by: 'sector_before', category: 'yes' }), info, [share('construction', 0.7, 300), share('trade', 0.6, 300)], scope);
    expect(same.chart?.rows.map((r) => r.display)).toEqual([undefined, undefined]);
  });

  it('marks a median in US dollars on fewer than 30 people too ("$1,075 (n = 10) †"), and leaves larger bases unmarked', () => {
    const median = (host: string, value: number, n: number): ResultRow => ({ ...row('b3.x', { country: 'KGZ', host_country: host }, undefined, value), stat: 'median', n });
    const info = ind({ id: 'b3.x', dimensions: ['country', 'host_country'], variable: 'remittance_amount_usd', statistic: 'median', instrument: 'survey', currency: 'USD' });
    const d = figureData(spec({ indicator: 'b3.x', by: 'host_country' }), info, [median('RUS', 300, 800), median('ARE', 1075, 10)], scope);
    const displays = d.chart?.rows.map((r) => r.display) ?? [];
    expect(displays.filter((x) => x !== undefined)).toHaveLength(1);
    expect(displays.find((x) => x !== undefined)).toMatch(/1,075.*\(n\u00a0=\u00a010\)\u00a0†$/u);
    expect(hasSmallBase(d.chart)).toBe(true);
  });
});
