/**
 * The populations and groups of the registry's indicators, each computed once per run: many
 * indicators share a population filter (`where`) and a disaggregation (dimensions and totals), so
 * the rows of each distinct filter and the groups of each distinct (filter, dimensions, totals)
 * are cached here instead of being recomputed for every indicator. The cached arrays are shared
 * between indicators and must not be modified.
 */
import type { Frame } from './frame.js';
import { groupRows, type Group } from './group-rows.js';
import type { Compare } from './natural-compare.js';
import { parseCondition, type Condition } from './where.js';

export class Populations {
  private readonly rowCache = new Map<string, readonly number[]>();
  private readonly groupCache = new Map<string, readonly Group[]>();

  /**
   * @param base the rows every population is taken from (the country and period options)
   * @param compare the order of each dimension's values (fixed for the run)
   */
  constructor(
    private readonly frame: Frame,
    private readonly base: readonly number[],
    private readonly compare: (dim: string) => Compare | undefined,
  ) {}

  /** The base rows meeting every condition of `where` (registry syntax, where.ts). */
  rows(where: readonly string[], indicator: string): readonly number[] {
    const key = JSON.stringify(where);
    let rows = this.rowCache.get(key);
    if (!rows) {
      const conditions = where.map((w) => {
        const c = parseCondition(w);
        if ('error' in c) throw new Error(`registry ${indicator}: where "${w}" does not parse`);
        return c as Condition;
      });
      rows = this.frame.select(conditions, this.base);
      this.rowCache.set(key, rows);
    }
    return rows;
  }

  /** The groups of rows(where) by the dimensions (groupRows). */
  groups(where: readonly string[], dims: readonly string[], totals: boolean, indicator: string): readonly Group[] {
    const key = JSON.stringify([where, dims, totals]);
    let groups = this.groupCache.get(key);
    if (!groups) {
      groups = groupRows(this.frame, this.rows(where, indicator), dims, totals, this.compare);
      this.groupCache.set(key, groups);
    }
    return groups;
  }
}
