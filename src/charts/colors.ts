/** Colours of a chart's series or categories: explicit `colors` first, then the palette. */
import { IOM_BLUE } from './palette.js';
import { categorical, diverging, sequential } from './theme.js';
import type { TopLegend } from './legend.js';
import type { ChartInput } from './types.js';

/** One colour per label, in order. */
export function seriesColors(input: ChartInput, labels: readonly string[]): string[] {
  const name = input.palette ?? (input.type === 'stacked100' ? 'sequential' : 'categorical');
  const palette = name === 'sequential' ? sequential(labels.length) : name === 'diverging' ? diverging(labels.length) : categorical(labels.length);
  return labels.map((l, i) => input.colors?.[l] ?? palette[i] ?? IOM_BLUE);
}

/** The colour channel of a chart with groups: a colour a group, its legend on top; none without groups. */
export function groupColor(grouped: boolean, groups: string[], colors: string[], legend: TopLegend['legend']) {
  return grouped ? { color: { field: 'g', type: 'nominal' as const, sort: groups, scale: { domain: groups, range: colors }, legend } } : {};
}
