/**
 * Categories written as ISO months (`2021-04`) on a `column` or `line` chart are printed as month
 * names in the chart's language, the year under the first month and under every January:
 * `Oct / 2020`, `Nov`, `Dec`, `Jan / 2021` (ru `окт. / 2020`, …).
 */
import { monthNames, monthNamesShort } from '../i18n/date.js';
import type { Lang } from '../i18n/lang.js';

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthAxis(categories: readonly string[]): boolean {
  return categories.length > 0 && categories.every((c) => ISO_MONTH.test(c));
}

/** Lines of each month label; full month names when there are few months, abbreviations otherwise. */
export function monthLines(categories: readonly string[], lang: Lang): Map<string, string[]> {
  const names = categories.length <= 6 ? monthNames(lang) : monthNamesShort(lang);
  const out = new Map<string, string[]>();
  let lastYear = '';
  for (const c of categories) {
    const m = ISO_MONTH.exec(c);
    if (!m || m[1] === undefined || m[2] === undefined) continue;
    const name = names[Number(m[2]) - 1] ?? c;
    out.set(c, m[1] !== lastYear ? [name, m[1]] : [name]);
    lastYear = m[1];
  }
  return out;
}
