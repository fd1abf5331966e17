/**
 * Dates as whole days since 1970-01-01 (UTC), so that no time zone or clock is ever involved.
 */
const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date `YYYY-MM-DD`. */
export function dayOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`calendar: not an ISO date: ${iso}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The first and last day of a month `YYYY-MM`. */
export function monthBounds(month: string): [number, number] {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new Error(`calendar: not a month: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const first = Math.round(Date.UTC(y, mo, 1) / MS_PER_DAY);
  const next = Math.round(Date.UTC(y, mo + 1, 1) / MS_PER_DAY);
  return [first, next - 1];
}

/** isoOf for the tight loop of the survey generator: the days of a range formatted once. */
export class DateFormatter {
  private readonly table: readonly string[];
  constructor(
    private readonly first: number,
    last: number,
  ) {
    this.table = Array.from({ length: last - first + 1 }, (_, i) => isoOf(first + i));
  }

  format(day: number): string {
    return this.table[day - this.first] ?? isoOf(day);
  }
}
