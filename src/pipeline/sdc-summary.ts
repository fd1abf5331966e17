/**
 * The disclosure section of manifest.json: per instrument, the rule, how many distinct counts the
 * build publishes or hides, the audit's figures, and the information loss by bulletin — result
 * values hidden with the linked control against the per-table method used before.
 */
import type { ResultRow } from '../analyse/result.js';
import { safetyRange } from '../analyse/sdc/protect.js';
import type { Prepared } from './prepare.js';

export interface DisclosureSummary {
  minCell: number;
  rule: string;
  safetyRange: number;
  instruments: Record<
    string,
    { values: number; hiddenPrimary: number; hiddenSecondary: number; smallShownAsDash: number; audit: { hiddenChecked: number; solves: number; smallestRange: number | null; failures: number } }
  >;
  /** Result values (value with its n and count) hidden per bulletin: before = the per-table method. */
  hiddenByBulletin: Record<string, { values: number; before: number; after: number }>;
}

export function disclosureSummary(p: Prepared, minCell: number, bulletins: readonly number[]): DisclosureSummary | null {
  if (!(minCell > 0)) return null;
  const instruments: DisclosureSummary['instruments'] = {};
  for (const [kind, d] of Object.entries(p.disclosure)) {
    if (!d) continue;
    instruments[kind] = {
      values: d.values,
      hiddenPrimary: d.hiddenPrimary,
      hiddenSecondary: d.hiddenSecondary,
      smallShownAsDash: d.smallShownAsDash,
      audit: { hiddenChecked: d.ranges.length, solves: d.audit.solves, smallestRange: d.audit.smallestRange, failures: d.audit.failures.length },
    };
  }
  const hiddenByBulletin: DisclosureSummary['hiddenByBulletin'] = {};
  const bulletinOf = (r: ResultRow) => Number(r.indicator.slice(1, r.indicator.indexOf('.')));
  for (const b of bulletins) {
    let values = 0;
    let after = 0;
    let before = 0;
    for (const kind of Object.keys(p.results) as Array<keyof Prepared['results']>) {
      for (const r of p.results[kind] ?? []) if (bulletinOf(r) === b) {
        values++;
        if (r.suppressed) after++;
      }
      for (const r of p.before[kind] ?? []) if (bulletinOf(r) === b && r.suppressed) before++;
    }
    if (values > 0) hiddenByBulletin[String(b)] = { values, before, after };
  }
  return {
    minCell,
    rule: `counts of 1-${minCell - 1} people (bases, counts and the numerators of shares) hidden; further cells hidden by integer programming so that no hidden count can be narrowed by a reader to fewer than ${safetyRange(minCell) + 1} possible values`,
    safetyRange: safetyRange(minCell),
    instruments,
    hiddenByBulletin,
  };
}
