/**
 * The one door to Arquero: src/ and test/ import it from here (one instance, one registry of added
 * functions). Loaded from its own single-file build (Flechette and acorn inside): one file instead
 * of ~170 ES modules, 15-20 ms instead of 130-220 ms at start. Node runs that file as an ES module,
 * so its UMD wrapper leaves the API on `globalThis.aq`: taken once, the global removed.
 */
import 'arquero/dist/arquero.min.js';
import { createRequire } from 'node:module';
import type * as Arquero from 'arquero';
import type * as Flechette from '@uwdata/flechette';

const scope = globalThis as { aq?: typeof Arquero };
const aq = scope.aq;
if (aq === undefined || typeof aq.table !== 'function') throw new Error('arquero/dist/arquero.min.js did not define the Arquero API');
delete scope.aq;

export const { addAggregateFunction, addFunction, from, fromArrow, op, table, toArrowIPC } = aq;
export type { ColumnTable } from 'arquero';

/** Flechette's data types (for toArrowIPC's `types`), loaded on first use. */
export function arrowTypes(): typeof Flechette {
  return createRequire(import.meta.url)('@uwdata/flechette') as typeof Flechette;
}
