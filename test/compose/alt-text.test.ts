import { describe, expect, it } from 'vitest';
import { chartAlt, mapAlt } from '../../src/compose/alt-text.js';
import type { ChartInput } from '../../src/charts/types.js';

describe('chartAlt', () => {
  const types: ChartInput = {
    id: 'b6-kgz-assistance-types',
    type: 'hbar',
    lang: 'en',
    valueKind: 'count',
    sortByValue: true,
    threshold: 5,
    rows: [
      { category: 'Non-food items', value: 257 },
      { category: 'Food', value: 261 },
      { category: 'Cash', value: null, suppressed: 'primary' },
      { category: 'Shelter', value: null, suppressed: 'secondary' },
    ],
  };

  it('says what the chart shows, with its numbers in the order drawn, not the caption alone', () => {
    expect(chartAlt(types, 'Types of assistance received')).toBe('Bar chart, types of assistance received: Food 261, Non-food items 257, Cash fewer than 5, Shelter hidden.');
  });

  it('never gives a hidden value', () => {
    const alt = chartAlt({ ...types, rows: [{ category: 'Cash', value: 3, suppressed: 'primary' }] }, 'Types');
    expect(alt).not.toMatch(/\b3\b/);
  });

  it('lists series one after the other, shares as percentages, in Russian too', () => {
    const alt = chartAlt(
      {
        id: 'x',
        type: 'pyramid',
        lang: 'ru',
        valueKind: 'share',
        groups: ['Мужчины', 'Женщины'],
        rows: [
          { category: '18–24', group: 'Мужчины', value: 0.2, order: 1 },
          { category: '25–34', group: 'Мужчины', value: 0.3, order: 2 },
          { category: '18–24', group: 'Женщины', value: 0.1, order: 1 },
        ],
      },
      'Получатели помощи по возрасту и полу',
    );
    expect(alt).toBe('Половозрастная пирамида, получатели помощи по возрасту и полу: Мужчины: 18–24 20\u00a0%, 25–34 30\u00a0%; Женщины: 18–24 10\u00a0%.');
  });

  it('keeps an acronym at the start of the caption as it is', () => {
    expect(chartAlt({ ...types, rows: [{ category: 'Yes', value: 3 }] }, 'COVID-19 tests')).toContain(', COVID-19 tests:');
  });
});

describe('mapAlt', () => {
  it('lists the places with their counts, largest first', () => {
    expect(mapAlt([{ label: 'Osh', count: 12 }, { label: 'Bishkek', count: 40 }], 'Geographic coverage', 'en')).toBe('Map, geographic coverage: Bishkek 40, Osh 12.');
  });
});
