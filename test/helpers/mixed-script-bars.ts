import type { ChartInput } from '../../src/charts/types.js';

/** A two-bar Russian chart with one Latin label: the fixture of the drawing tests (text in both scripts). */
export function mixedScriptBars(id: string): ChartInput {
  return {
    id,
    type: 'hbar',
    lang: 'ru',
    valueKind: 'share',
    rows: [
      { category: 'Продукты питания', value: 0.62, n: 120 },
      { category: 'Medical assistance', value: 0.25, n: 120 },
    ],
  };
}
