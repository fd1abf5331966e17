/**
 * Facts of the data per country for the methodology box and source lines: accepted rows, first
 * and last dates, survey rounds; and the period of the whole build. Read from the Dataset's
 * columns once, after the country and period filters.
 */
import type { SectionFacts } from '../compose/input.js';
import type { Dataset } from '../model/dataset.js';
import { compareCountries } from '../schema/countries.js';
import { instrument } from '../schema/instruments.js';

export interface Filter {
  countries: string[] | 'all';
  period: { from: string; to: string } | undefined;
}

/**
 * `minCell`: a survey round is named (source lines, `{round}`) only when at least that many rows
 * of the section carry it (0: every round); round codes reach here only in their declared form
 * (`R\d+`, validate/text-screen.ts).
 */
export function factsOf(ds: Dataset, filter: Filter, minCell = 0): SectionFacts[] {
  const inst = instrument(ds.kind);
  const col = <T>(name: string): T[] => (ds.table.columnNames().includes(name) ? (ds.table.array(name) as T[]) : []);
  const countries = col<string | null>(inst.countryColumn);
  const dates = col<string | null>(inst.dateColumn);
  const rounds = col<string | null>('survey_round');
  const by = new Map<string, SectionFacts>();
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i];
    const d = dates[i] ?? null;
    if (!c || !keep(c, d, filter)) continue;
    let f = by.get(c);
    if (!f) {
      f = { country: c, records: 0, from: null, to: null, rounds: [], roundRows: {} };
      by.set(c, f);
    }
    f.records += 1;
    if (d !== null) {
      if (f.from === null || d < f.from) f.from = d;
      if (f.to === null || d > f.to) f.to = d;
    }
    const r = rounds[i];
    if (r) f.roundRows[r] = (f.roundRows[r] ?? 0) + 1;
  }
  for (const f of by.values()) f.rounds = namedRounds(f.roundRows, minCell);
  return [...by.values()].sort((a, b) => compareCountries(a.country, b.country));
}

function keep(country: string, date: string | null, f: Filter): boolean {
  if (f.countries !== 'all' && !f.countries.includes(country)) return false;
  if (f.period) {
    if (date === null) return false;
    const m = date.slice(0, 7);
    if (m < f.period.from || m > f.period.to) return false;
  }
  return true;
}

/** First and last dates over several sets of facts. */
export function periodOf(...sets: SectionFacts[][]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const f of sets.flat()) {
    if (f.from !== null && (from === null || f.from < from)) from = f.from;
    if (f.to !== null && (to === null || f.to > to)) to = f.to;
  }
  return from !== null && to !== null ? { from, to } : null;
}

/** The rounds with at least `minCell` rows, in natural order (R2 before R10). */
function namedRounds(rows: Readonly<Record<string, number>>, minCell: number): string[] {
  return Object.keys(rows)
    .filter((r) => (rows[r] ?? 0) >= Math.max(1, minCell))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
