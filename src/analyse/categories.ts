/**
 * The declared categories of a variable and the order of a dimension's values, for the indicators
 * (indicators.ts) and `query` alike: declared codes in declaration order, yes/no, age groups and
 * the derived bands, countries in section order. A file read as found (`raw`) has none: its
 * values come in natural order.
 */
import type { Compare } from './natural-compare.js';
import { CHANNEL_TYPE_CODES, MONTHS_ABROAD_BANDS, MONTHS_STRANDED_BANDS } from './derived.js';
import { YES_NO } from '../schema/codes.js';
import { ASSISTANCE_AGE_GROUPS, SURVEY_AGE_GROUPS } from '../schema/age-groups.js';
import { compareCountries } from '../schema/countries.js';
import { instrument } from '../schema/instruments.js';
import type { InstrumentKind } from '../schema/types.js';

/** Declared categories of a variable, in declaration order (undefined: observed ones, sorted). */
export function categoriesOf(kind: InstrumentKind | 'raw', variable: string | undefined): string[] | undefined {
  if (variable === undefined || kind === 'raw') return undefined;
  const c = instrument(kind).byName.get(variable);
  if (c?.codes) return c.codes.map((x) => x.code);
  if (c?.type === 'yesno') return YES_NO.map((x) => x.code);
  switch (variable) {
    case 'age_group':
      return (kind === 'survey' ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS).map((g) => g.code);
    case 'months_abroad_band':
      return MONTHS_ABROAD_BANDS.map((b) => b.code);
    case 'months_stranded_band':
      return MONTHS_STRANDED_BANDS.map((b) => b.code);
    case 'has_vulnerability':
    case 'minor':
      return YES_NO.map((x) => x.code);
    case 'remittance_channel_type':
      return CHANNEL_TYPE_CODES.map((x) => x.code);
    default:
      return undefined;
  }
}

/** Order of dimension values: declared categories, countries in section order; undefined: natural order. */
export function comparators(kind: InstrumentKind | 'raw'): (dim: string) => Compare | undefined {
  return (dim) => {
    if (kind !== 'raw' && instrument(kind).byName.get(dim)?.type === 'iso3') return compareCountries;
    const order = categoriesOf(kind, dim);
    if (!order) return undefined;
    return (a, b) => {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
    };
  };
}
