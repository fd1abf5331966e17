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

export interface MonthFit {
  /** Width of one category band, in points. */
  band: number;
  /** Width of a label line, in points. */
  measure: (text: string) => number;
}

/** Label every `step`-th month when names do not fit their bands (steps that divide a year). */
const STEPS = [1, 2, 3, 6, 12];

/**
 * Lines of each month label; full month names when there are few months, abbreviations otherwise.
 * When even abbreviations are wider than their bands, only every 2nd, 3rd, 6th or 12th month
 * (counted from January) is labelled; the year goes under the first labelled month of each year.
 */
export function monthLines(categories: readonly string[], lang: Lang, fit?: MonthFit): Map<string, string[]> {
  const names = categories.length <= 6 ? monthNames(lang) : monthNamesShort(lang);
  const parsed = categories.map((c) => ISO_MONTH.exec(c)).map((m) => (m && m[1] !== undefined && m[2] !== undefined ? { year: m[1], month: Number(m[2]) } : undefined));
  const widest = Math.max(0, ...parsed.map((p) => (p && fit ? fit.measure(names[p.month - 1] ?? '') + 4 : 0)));
  const step = fit ? (STEPS.find((s) => widest <= fit.band * s) ?? 12) : 1;
  const out = new Map<string, string[]>();
  let lastYear = '';
  categories.forEach((c, i) => {
    const p = parsed[i];
    if (!p) return;
    if ((p.month - 1) % step !== 0) {
      out.set(c, ['']);
      return;
    }
    const name = names[p.month - 1] ?? c;
    out.set(c, p.year !== lastYear ? [name, p.year] : [name]);
    lastYear = p.year;
  });
  return out;
}
