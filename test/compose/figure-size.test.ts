import { describe, expect, it } from 'vitest';
import { isSmall, pairSmall } from '../../src/compose/figure-size.js';
import type { ChartInput } from '../../src/charts/types.js';

const chart = (type: ChartInput['type'], categories: number, groups = 0): ChartInput => ({
  id: 'x',
  type,
  lang: 'en',
  valueKind: 'share',
  rows: Array.from({ length: categories * Math.max(1, groups) }, (_, i) => ({
    category: `c${i % categories}`,
    value: 0.1,
    ...(groups ? { group: `g${Math.floor(i / categories)}` } : {}),
  })),
});

describe('isSmall', () => {
  it('takes donuts, pyramids, short bar lists and 100 % bars of a few groups as small', () => {
    expect(isSmall(chart('donut', 2))).toBe(true);
    expect(isSmall(chart('pyramid', 8, 2))).toBe(true);
    expect(isSmall(chart('hbar', 6))).toBe(true);
    expect(isSmall(chart('stacked100', 3, 2))).toBe(true);
    // a three-way split of five countries (the regional comparison)
    expect(isSmall(chart('stacked100', 3, 5))).toBe(true);
  });
  it('takes a clustered bar chart of two groups (by sex) as small, not one of three or more', () => {
    expect(isSmall(chart('grouped-hbar', 4, 2))).toBe(true);
    expect(isSmall(chart('grouped-hbar', 4, 3))).toBe(false);
  });
  it('keeps a bar list at full width when a label would not wrap into three lines at half width', () => {
    const long = (label: string): ChartInput => ({ ...chart('hbar', 2), rows: [{ category: label, value: 0.1 }, { category: 'Short', value: 0.2 }] });
    expect(isSmall(long('Survivor of gender-based violence (reported)'))).toBe(true);
    expect(isSmall(long('Psychosocial support and counselling for survivors of gender-based violence and trafficking'))).toBe(false);
    expect(isSmall(long('Нефтегазодобывающепромышленностьобразовательная'))).toBe(false);
  });
  it('keeps grouped bars of several groups, long lists, wide 100 % bars, lines and tables at full width', () => {
    expect(isSmall(chart('hbar', 20))).toBe(false);
    expect(isSmall(chart('stacked100', 4, 5))).toBe(false);
    expect(isSmall(chart('line', 6))).toBe(false);
    expect(isSmall(null)).toBe(false);
  });
});

describe('pairSmall', () => {
  const run = (items: string[]) => pairSmall(items, (s) => s.startsWith('s')).map((x) => `${x.item}${x.half ? '½' : ''}`);
  it('pairs consecutive small items', () => expect(run(['s1', 's2', 'w1', 's3', 's4'])).toEqual(['s1½', 's2½', 'w1', 's3½', 's4½']));
  it('brings the next small item up past wide ones, so that the pair stands where the first was due', () =>
    expect(run(['s1', 'w1', 'w2', 's2'])).toEqual(['s1½', 's2½', 'w1', 'w2']));
  it('lets a small item wait past four wide ones at most, then draws it at full width', () =>
    expect(run(['s1', 'w1', 'w2', 'w3', 'w4', 'w5', 's2'])).toEqual(['s1', 'w1', 'w2', 'w3', 'w4', 'w5', 's2']));
  it('draws a small item left alone at full width, in its place', () => expect(run(['w1', 's1', 'w2'])).toEqual(['w1', 's1', 'w2']));
  it('keeps every item exactly once', () => {
    const items = ['s1', 'w1', 's2', 's3', 'w2', 'w3', 's4', 'w4', 's5'];
    expect(run(items).map((x) => x.replace('½', '')).sort()).toEqual([...items].sort());
  });
});
