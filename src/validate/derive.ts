/**
 * Derived variables (schema/variables.ts) as columns of a table, with Arquero's `derive`: a month
 * (`YYYY-MM`) of a date, an age group or the minor flag of `age`, a band of a number. Each is one
 * fixed expression over the variable's source column, named in `params` with the groups or bands.
 * validate/load.ts derives the table's own (`period`, `age_group`, `minor`), query/projected-load.ts
 * those a query reads, analyse/indicators.ts the bands and months of the indicators.
 */
import { addFunction, op, type ColumnTable } from '../model/arquero.js';
import { MINOR_AGE, ageGroupOf, type AgeGroup } from '../schema/age-groups.js';
import type { InstrumentKind } from '../schema/types.js';
import { tableDerived, variableOf, type Band } from '../schema/variables.js';

/** Functions registered here, as Arquero's expressions call them (`op.name`: Arquero reads the source). */
interface Registered {
  age_group_of(age: unknown, groups: unknown): string | null;
  band_of(value: unknown, bands: unknown): string | null;
  month_of(date: unknown): string | null;
}
type Row = Record<string, unknown>;
interface Params {
  from: string;
  codes: unknown;
  minor: number;
}

addFunction('age_group_of', (age: unknown, groups: readonly AgeGroup[]) => ageGroupOf(typeof age === 'number' ? age : null, groups), { override: true });
addFunction('band_of', (v: unknown, bands: readonly Band[]) => (typeof v === 'number' && Number.isFinite(v) ? (bands.find((b) => v >= b.min && v <= b.max)?.code ?? null) : null), { override: true });
addFunction('month_of', (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}/.test(v) ? v.slice(0, 7) : null), { override: true });

/** One fixed expression per kind of derivation: the source column and codes come in params. */
const EXPRESSIONS = {
  month: (r: Row, $: Params) => (op as unknown as Registered).month_of(r[$.from]),
  age_group: (r: Row, $: Params) => (op as unknown as Registered).age_group_of(r[$.from], $.codes),
  minor: (r: Row, $: Params) => (r[$.from] == null ? null : (r[$.from] as number) < $.minor ? 'yes' : 'no'),
  band: (r: Row, $: Params) => (op as unknown as Registered).band_of(r[$.from], $.codes),
};

/**
 * `t` with the derived variables `names` (default: the table's own) added before `_line` (when
 * present). A variable whose source column `t` lacks, or that is not derived this way, is left out.
 */
export function deriveColumns(t: ColumnTable, kind: InstrumentKind, names: readonly string[] = tableDerived(kind)): ColumnTable {
  let out = t;
  for (const name of names) {
    const d = variableOf(kind, name)?.derivation;
    if (!d || typeof d.from !== 'string' || !t.columnNames().includes(d.from)) continue;
    const codes = d.kind === 'band' ? d.bands : d.kind === 'age_group' ? variableOf(kind, name)?.codes : null;
    const expr = EXPRESSIONS[d.kind as keyof typeof EXPRESSIONS] as ((r: Row, $: Params) => unknown) | undefined;
    if (!expr) continue;
    const p = out.params({ from: d.from, codes, minor: MINOR_AGE });
    out = out.columnNames().includes('_line') ? p.derive({ [name]: expr }, { before: '_line' }) : p.derive({ [name]: expr });
  }
  return out;
}
