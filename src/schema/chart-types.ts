/** The chart types a template may name (drawn by charts/, described in charts/types.ts). */
export type ChartType =
  | 'donut'
  | 'hbar'
  | 'bar'
  | 'grouped-hbar'
  | 'stacked100'
  | 'pyramid'
  | 'histogram'
  | 'column'
  | 'line'
  | 'slope';

export const CHART_TYPES: readonly ChartType[] = [
  'donut', 'hbar', 'bar', 'grouped-hbar', 'stacked100', 'pyramid', 'histogram', 'column', 'line', 'slope',
];
