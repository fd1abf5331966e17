/**
 * tables/<template-id>-narrative.json: the cell behind every number the bulletin's sentences can
 * print, per section (country, or null for the regional comparison), slot by slot — the numbers
 * of the text as the figures' tables give those of the figures. Hidden cells keep their line but
 * not their numbers. A later round's build compares its sentences with these (`--baseline`).
 */
import type { NarrativeCell } from '../compose/narrative.js';

export interface NarrativeTable {
  template: string;
  cells: NarrativeCell[];
}

export const NARRATIVE_SUFFIX = '-narrative.json';

export function narrativeJson(template: string, cells: readonly NarrativeCell[]): string {
  const t: NarrativeTable = { template, cells: [...cells] };
  return `${JSON.stringify(t, null, 2)}\n`;
}
