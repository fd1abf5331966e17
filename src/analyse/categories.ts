/**
 * The declared categories of a variable and the order of a dimension's values, for the indicators
 * (indicators.ts) and `query` alike: the codes of the catalogue of variables (schema/variables.ts)
 * in declared order, countries in section order. A file read as found (`raw`) has none: its
 * values come in natural order.
 */
import type { Compare } from './natural-compare.js';
import { compareCountries } from '../schema/countries.js';
import { variableOf } from '../schema/variables.js';
import type { InstrumentKind } from '../schema/types.js';

/** Declared categories of a variable (schema/variables.ts), in declaration order (undefined: observed ones, sorted). */
export function categoriesOf(kind: InstrumentKind | 'raw', variable: string | undefined): string[] | undefined {
  if (kind === 'raw') return undefined;
  return variableOf(kind, variable)?.codes?.map((c) => c.code);
}

/** Order of dimension values: declared categories, countries in section order; undefined: natural order. */
export function comparators(kind: InstrumentKind | 'raw'): (dim: string) => Compare | undefined {
  return (dim) => {
    if (kind !== 'raw' && variableOf(kind, dim)?.type === 'iso3') return compareCountries;
    const order = categoriesOf(kind, dim);
    if (!order) return undefined;
    return (a, b) => {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
    };
  };
}
