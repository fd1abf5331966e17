/**
 * The columns of a Dataset table for an instrument (model/dataset.ts), in order: every declared
 * column (multi: parent then one `q/opt` column per option; admin1: code then `<name>_raw`), then
 * the derived `period`, `age_group`, `minor` (assistance) and `_line`.
 */
import type { Instrument } from '../schema/instruments.js';
import { tableDerived } from '../schema/variables.js';

export interface Layout {
  /** Columns filled by validation, in order. */
  names: string[];
  /** Name → position in `names`. */
  slot: Map<string, number>;
  /** Derived columns appended by validate/load.ts. */
  derived: string[];
}

export function datasetLayout(inst: Instrument): Layout {
  const names: string[] = [];
  for (const c of inst.columns) {
    names.push(c.name);
    if (c.type === 'admin1') names.push(`${c.name}_raw`);
    if (c.type === 'multi') for (const o of c.codes ?? []) names.push(`${c.name}/${o.code}`);
  }
  names.push('_line');
  return { names, slot: new Map(names.map((n, i) => [n, i])), derived: tableDerived(inst.kind) };
}
