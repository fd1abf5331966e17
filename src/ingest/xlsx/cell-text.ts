/**
 * The text of a workbook cell, as a CSV export of the same data would hold it, so that everything
 * after ingest reads XLSX and CSV alike: numbers in JavaScript's shortest round-trip form (`25`,
 * `15000.5`), dates as `YYYY-MM-DD` (with `THH:MM:SS` when the cell has a time of day), booleans
 * as `true`/`false`, rich text as its plain text, formulas as their cached result, errors as
 * Excel shows them (`#N/A`).
 */

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** A date cell (ExcelJS gives a Date at UTC): the calendar date, and the time when not midnight. */
export function dateText(d: Date): string {
  const t = d.getTime();
  if (!Number.isFinite(t)) return '';
  // serial numbers are fractions of a day: round away the binary noise to the second
  const r = new Date(Math.round(t / 1000) * 1000);
  const day = `${pad(r.getUTCFullYear(), 4)}-${pad(r.getUTCMonth() + 1)}-${pad(r.getUTCDate())}`;
  const h = r.getUTCHours();
  const m = r.getUTCMinutes();
  const s = r.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Object.is(n, -0) ? '0' : String(n);
}

/** ExcelJS's value of a cell → its text; unknown shapes give ''. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: unknown }>).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    if ('formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if (typeof o.error === 'string') return o.error;
    if ('text' in o) return cellText(o.text);
  }
  return '';
}

/** Excel's serial day numbers (1900 system) from 1960 to 2099; other numbers are not taken for dates. */
const SERIAL_MIN = 21916;
const SERIAL_MAX = 73051;

/** A plain number in a date column: an Excel serial date when plausible, else the number. */
export function serialDateText(n: number): string {
  if (!(n >= SERIAL_MIN && n < SERIAL_MAX)) return numberText(n);
  return dateText(new Date(Math.round((n - 25569) * 86_400_000)));
}
