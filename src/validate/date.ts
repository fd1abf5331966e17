/**
 * Dates: `YYYY-MM-DD`, `DD.MM.YYYY`, `DD/MM/YYYY` (day first, as in the region), and Kobo timestamps
 * (`2021-04-12T09:31:00.000+06:00`, `2024-12-04 00:00:00.000000`): the calendar date as written is
 * kept, the time and zone dropped. Impossible dates (2021-02-30) are invalid.
 */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function format(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** `YYYY-MM-DD`, or null when the trimmed, non-missing cell is not a possible date. */
export function parseDate(cell: string): string | null {
  let m = ISO.exec(cell);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(cell);
  if (m) return format(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
