/**
 * The columns a Dataset table derives from its declared ones, with Arquero's `derive`: `period`
 * (`YYYY-MM` of the instrument's date column), `age_group` (the instrument's age groups) and, for
 * assistance records, `minor` (age under MINOR_AGE). Column names and groups go in as `params`.
 * validate/load.ts derives them for `build`; query/projected-load.ts for the columns a query reads.
 */
import { addFunction, op, type ColumnTable } from 'arquero';
import { ASSISTANCE_AGE_GROUPS, MINOR_AGE, SURVEY_AGE_GROUPS, ageGroupOf, type AgeGroup } from '../schema/age-groups.js';
import type { InstrumentKind } from '../schema/types.js';

/** Functions registered here, as arquero's expressions call them. */
interface Registered {
  age_group_of(age: unknown, groups: unknown): string | null;
}

addFunction('age_group_of', (age: unknown, groups: readonly AgeGroup[]) => ageGroupOf(typeof age === 'number' ? age : null, groups), { override: true });

/** The derived columns of an instrument's table, in table order. */
export const derivedNames = (kind: InstrumentKind): string[] => (kind === 'assistance' ? ['period', 'age_group', 'minor'] : ['period', 'age_group']);

/**
 * `t` with the derived columns `names` (default: all) added before `_line` (when present).
 * The sources (`dateColumn`, `age`) must be columns of `t`.
 */
export function deriveColumns(t: ColumnTable, kind: InstrumentKind, dateColumn: string, names: readonly string[] = derivedNames(kind)): ColumnTable {
  const exprs: Record<string, string | ((d: Record<string, unknown>, $: Record<string, unknown>) => unknown)> = {};
  const groups = kind === 'survey' ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS;
  for (const name of names) {
    if (name === 'period') exprs.period = (d, $) => op.substring(d[$.date as string], 0, 7);
    else if (name === 'age_group') exprs.age_group = (d, $) => (op as unknown as Registered).age_group_of(d.age, $.groups);
    else if (name === 'minor' && kind === 'assistance') exprs.minor = (d, $) => (d.age == null ? null : (d.age as number) < ($.minor as number) ? 'yes' : 'no');
  }
  if (Object.keys(exprs).length === 0) return t;
  const p = t.params({ date: dateColumn, groups, minor: MINOR_AGE });
  return t.columnNames().includes('_line') ? p.derive(exprs, { before: '_line' }) : p.derive(exprs);
}
