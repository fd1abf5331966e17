/**
 * The cell of an issue in a workbook: `F12` from the issue's line (the sheet's row) and its column
 * (a canonical column, or a header as found for column issues), so that a data manager can go to
 * `survey.xlsx!data, row 12, column F`. Multi questions read from several split columns have no
 * single column: their issues name the row only.
 */
import type { ColumnPlan } from '../column-plan.js';
import type { Issue } from '../../model/issue.js';

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column name (canonical, `q/opt`, or header text) → cell index. */
function columnIndex(plan: ColumnPlan, header: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [i, name] of plan.used) if (!out.has(name)) out.set(name, i);
  for (const [name, src] of plan.sources) if (typeof src === 'number' && !out.has(name)) out.set(name, src);
  for (const x of [...plan.unknown, ...plan.personal, ...plan.duplicate]) if (!out.has(x.header)) out.set(x.header, x.index);
  header.forEach((h, i) => {
    if (!out.has(h)) out.set(h, i);
  });
  return out;
}

/** Sets `cell` on the issues of one sheet. */
export function locateIssues(issues: Issue[], plan: ColumnPlan, header: readonly string[]): void {
  const index = columnIndex(plan, header);
  for (const issue of issues) {
    if (issue.line === null) continue;
    const i = issue.column === null ? undefined : index.get(issue.column);
    issue.cell = i === undefined ? `${issue.line}` : `${columnLetter(i)}${issue.line}`;
  }
}
