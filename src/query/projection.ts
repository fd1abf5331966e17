/**
 * Which columns a query on a canonical file reads, and so validates and keeps: the columns it
 * names (--by, --where, --stat, --weight), consent (it decides whether a row counts at all), and
 * the sources of what it reads: a derived column's (its source in schema/variables.ts), a multi
 * question's (its parent or split columns), an admin1 column's country (the province is matched
 * within it).
 *
 * The column names are those of the full Dataset table (validate/load.ts), in its order, so that
 * names resolve and messages list columns exactly as with a full load.
 */
import type { Instrument } from '../schema/instruments.js';
import { admin1Country } from '../validate/validate-file.js';
import type { Layout } from '../validate/layout.js';
import { variableOf } from '../schema/variables.js';

/** The columns of the full Dataset table, in order: declared ones, derived ones, `_line`. */
export function tableNames(layout: Layout): string[] {
  return [...layout.names.filter((n) => n !== '_line'), ...layout.derived, '_line'];
}

/** The names a user may write: no option column of a multi question present, no `_line`. */
export function visibleNames(names: readonly string[], multi: Readonly<Record<string, readonly string[]>>): string[] {
  const options = new Set(Object.entries(multi).flatMap(([q, os]) => os.map((o) => `${q}/${o}`)));
  const cols = names.filter((c) => !options.has(c) && c !== '_line');
  for (const q of Object.keys(multi)) if (!cols.includes(q)) cols.push(q);
  return cols;
}

export interface Projection {
  /** Declared columns validated (validate-file.ts `only`). */
  only: Set<string>;
  /** Table columns the query reads, kept in the table. */
  keep: string[];
  /** Layout columns the load must collect: kept ones and the sources of derived ones. */
  collect: string[];
}

/**
 * @param reads table columns the query names (resolved), derived ones included
 * @param multi multi questions present in the file
 */
export function projectionOf(inst: Instrument, layout: Layout, reads: readonly string[], multi: Readonly<Record<string, readonly string[]>>): Projection {
  const only = new Set<string>(['consent']);
  const keep = new Set<string>();
  const collect = new Set<string>();
  const declared = (name: string) => {
    const col = inst.byName.get(name);
    if (!col) return;
    only.add(name);
    if (col.type === 'admin1') only.add(admin1Country(inst, col));
  };
  for (const name of reads) {
    keep.add(name);
    const from = layout.derived.includes(name) ? variableOf(inst.kind, name)?.derivation?.from : undefined;
    if (typeof from === 'string') {
      declared(from);
      collect.add(from);
      continue;
    }
    collect.add(name);
    const col = inst.byName.get(name);
    if (col) {
      declared(name);
      if (col.type === 'multi') {
        for (const o of multi[name] ?? []) {
          keep.add(`${name}/${o}`);
          collect.add(`${name}/${o}`);
        }
      }
      continue;
    }
    // `q/opt` of a multi question, `<admin1>_raw`
    const sep = name.indexOf('/');
    if (sep > 0) declared(name.slice(0, sep));
    else if (name.endsWith('_raw')) declared(name.slice(0, -'_raw'.length));
  }
  const inLayout = (n: string) => layout.slot.has(n);
  return { only, keep: [...keep], collect: [...collect].filter(inLayout) };
}
