/**
 * The one door to Arquero (and to the Arrow types its IPC writer takes): every module of src/ and
 * test/ imports the engine from here, so that there is one instance of it (one registry of the
 * functions added with addFunction / addAggregateFunction, one ColumnTable class).
 *
 * Loaded from Arquero's own single-file build (`dist/arquero.min.js`: the same sources, Flechette
 * and acorn included, as one file) rather than from its ES-module sources: one file to read instead
 * of ~170 modules to resolve, read and link — 15-20 ms instead of 130-220 ms at start on the bench
 * machine, for every command that touches a table. Node loads that file (of a `"type": "module"`
 * package) as an ES module without exports, so its UMD wrapper leaves the API on `globalThis.aq`:
 * taken from there once, and the global removed. The types are those of the package's entry.
 * Flechette's type constructors are needed only to write the validated cache: loaded when first asked.
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
