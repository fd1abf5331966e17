import { describe, expect, it } from 'vitest';
import { singleCategoryRow } from '../../src/charts/single.js';
import type { ChartInput, ChartRow } from '../../src/charts/types.js';

const chart = (type: ChartInput['type'], rows: ChartRow[], valueKind: ChartInput['valueKind'] = 'share'): ChartInput =>
  ({ type, rows, valueKind, lang: 'en' }) as unknown as ChartInput;

describe('singleCategoryRow', () => {
  it('finds the one answer of a chart whose other answers are zero', () => {
    const row = singleCategoryRow(chart('hbar', [{ category: 'Kyrgyzstan', value: 1, n: 40 }, { category: 'Tajikistan', value: 0, n: 40 }]));
    expect(row?.category).toBe('Kyrgyzstan');
  });

  it('does not call a chart with hidden answers one answer: a "–" or "<5" is someone who answered otherwise', () => {
    const rows: ChartRow[] = [
      { category: 'Decreased', group: 'Male', value: 0.2, n: 61 },
      { category: 'Stopped', group: 'Male', value: null, suppressed: 'primary', n: 61 },
      { category: 'No change', group: 'Male', value: null, suppressed: 'secondary', n: 61 },
    ];
    expect(singleCategoryRow(chart('stacked100', rows))).toBeNull();
    expect(singleCategoryRow(chart('hbar', [{ category: 'A', value: 0.9, n: 30 }, { category: 'B', value: null, suppressed: 'primary', n: 30 }]))).toBeNull();
  });

  it('does not say "in every case" of a share below 100 % (one option of several chosen)', () => {
    expect(singleCategoryRow(chart('hbar', [{ category: 'Bank', value: 0.4, n: 50 }, { category: 'Post', value: 0, n: 50 }]))).toBeNull();
  });

  it('still finds one answer in a chart of counts, whatever the count', () => {
    expect(singleCategoryRow(chart('hbar', [{ category: 'Kyrgyzstan', value: 18 }, { category: 'Uzbekistan', value: 0 }], 'count'))?.category).toBe('Kyrgyzstan');
  });
});
