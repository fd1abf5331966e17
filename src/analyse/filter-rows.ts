/**
 * The rows meeting conditions (where.ts: `query --where`, the registry's population filters), as
 * Arquero `filter`s: one fixed expression per kind of column, the column name and the values in
 * `params` — no code is built from what a user wrote. A multi question is filtered on a list
 * column (the options chosen, null when unanswered) that the caller adds to the table.
 */
import { addFunction, op, type ColumnTable } from '../model/arquero.js';
import { matchesMulti, matchesValue, type Condition } from './where.js';

/** The functions registered here, as Arquero's expressions call them (`op.name`: Arquero reads the source). */
interface Registered {
  where_value(value: unknown, c: unknown): boolean;
  where_multi(chosen: unknown, c: unknown): boolean;
}
type Row = Record<string, unknown>;
interface Params {
  column: string;
  condition: Condition;
}

addFunction('where_value', (v: unknown, c: Condition) => matchesValue(c, v), { override: true });
addFunction('where_multi', (chosen: readonly string[] | null, c: Condition) => matchesMulti(c, (o) => chosen?.includes(o) === true, chosen !== null), { override: true });

/**
 * Indices of the rows of `t` meeting every condition, ascending. `column(c)` names the column of
 * `t` a condition reads (`multi`: the list column of a multi question), or undefined when there is
 * none (no row then meets it: a missing value never does).
 */
export function filterRows(t: ColumnTable, conditions: readonly Condition[], column: (c: Condition) => { name: string; multi: boolean } | undefined): Uint32Array {
  let f = t;
  for (const c of conditions) {
    const col = column(c);
    if (col === undefined) return new Uint32Array(0);
    const $ = f.params({ column: col.name, condition: c });
    f = col.multi ? $.filter((d: Row, p: Params) => (op as unknown as Registered).where_multi(d[p.column], p.condition)) : $.filter((d: Row, p: Params) => (op as unknown as Registered).where_value(d[p.column], p.condition));
  }
  return f.indices();
}
