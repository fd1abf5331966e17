/** The notes printed under a figure: standard notes of the template and of the indicator, its own note, "<5". */
import { MAP_ATTRIBUTION, MAP_DISCLAIMER } from '../i18n/map-attribution.js';
import type { Lang } from '../i18n/lang.js';
import { str, type StringKey } from '../i18n/strings.js';
import type { FigureSpec, StandardNote } from '../schema/template.js';
import type { IndicatorInfo } from './indicator-info.js';

const STANDARD: Record<StandardNote, StringKey> = {
  multi: 'noteMulti',
  non_response: 'noteNonResponse',
  indicative: 'noteIndicative',
  returnees_only: 'noteReturneesOnly',
  stranded_only: 'noteStrandedOnly',
  converted_usd: 'noteConvertedUsd',
};

export interface NoteContext {
  lang: Lang;
  minCell: number;
  suppressed: boolean;
  /** Whether a map was drawn (the map disclaimer goes under every map). */
  map: boolean;
  /** Notes on the USD conversion of the section (annual-average rates, amounts left out). */
  usd?: readonly string[];
}

export function figureNotes(spec: FigureSpec, ind: IndicatorInfo, ctx: NoteContext): string[] {
  const kinds = new Set<StandardNote>(spec.notes);
  if (ind.statistic === 'multi_share') kinds.add('multi');
  if (ind.base === 'valid') kinds.add('non_response');
  if (ind.currency === 'USD') kinds.add('converted_usd');
  const notes: string[] = [];
  for (const k of ['multi', 'non_response', 'returnees_only', 'stranded_only', 'converted_usd', 'indicative'] as const) {
    if (!kinds.has(k)) continue;
    if (k === 'multi' && ind.instrument === 'assistance') notes.push(str('noteMultiAssistance', ctx.lang));
    else notes.push(str(STANDARD[k], ctx.lang));
  }
  if (kinds.has('converted_usd')) notes.push(...(ctx.usd ?? []));
  if (spec.note) notes.push(spec.note[ctx.lang]);
  if (ctx.suppressed && ctx.minCell > 0) notes.push(str('noteSuppressed', ctx.lang, { m: ctx.minCell }));
  if (ctx.map) notes.push(MAP_DISCLAIMER[ctx.lang], MAP_ATTRIBUTION[ctx.lang]);
  return notes;
}
