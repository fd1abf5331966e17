import { describe, expect, it } from 'vitest';
import { isMonthAxis, monthLines } from '../../src/charts/month-labels.js';

describe('month labels', () => {
  it('recognises an axis of ISO months only', () => {
    expect(isMonthAxis(['2020-12', '2021-01'])).toBe(true);
    expect(isMonthAxis(['2020-12', 'other'])).toBe(false);
    expect(isMonthAxis(['2020-13'])).toBe(false);
    expect(isMonthAxis([])).toBe(false);
  });

  it('prints the year under the first month and under January', () => {
    const months = ['2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04'];
    expect([...monthLines(months, 'ru').values()]).toEqual([['окт.', '2020'], ['нояб.'], ['дек.'], ['янв.', '2021'], ['февр.'], ['март'], ['апр.']]);
    expect([...monthLines(months.slice(0, 3), 'en').values()]).toEqual([['October', '2020'], ['November'], ['December']]);
  });

  it('labels every n-th month when the names do not fit their bands', () => {
    const months = ['2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07'];
    const lines = monthLines(months, 'en', { band: 8, measure: (s) => s.length * 6 });
    expect([...lines.values()]).toEqual([[''], [''], ['Jan', '2021'], [''], [''], ['Apr'], [''], [''], ['Jul']]);
  });
});
