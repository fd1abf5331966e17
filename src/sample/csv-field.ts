/**
 * One CSV field as the samples write it: quoted only when it holds a delimiter, a quote or a line
 * break, and made formula-injection safe (a leading = + - @ tab or CR is prefixed with `'`).
 */
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  let v = value;
  if (FORMULA_START.test(v)) v = `'${v}`;
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
