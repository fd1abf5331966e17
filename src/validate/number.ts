/**
 * Numbers as exports write them: `1234.5`, `1 234,5` (decimal comma, thousands space, also
 * non-breaking and narrow spaces), `1,234,567.5`, `1.234.567,5`. A single comma is a decimal comma
 * (Russian-locale Excel); thousands separators are spaces there.
 */

const SPACES = /[\s\u00A0\u202F\u2009\u2007']/g;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a cell holds, or NaN. The cell is trimmed and not missing. */
export function parseNumber(cell: string): number {
  if (PLAIN.test(cell)) return Number(cell);
  let s = cell.replace(SPACES, '');
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // the last one is the decimal separator, the other groups thousands
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    const parts = s.split(',');
    s = parts.length === 2 ? s.replace(',', '.') : parts.every((p, i) => i === 0 || p.length === 3) ? parts.join('') : 'x';
  } else if (dot >= 0 && s.indexOf('.') !== dot) {
    const parts = s.split('.');
    s = parts.every((p, i) => i === 0 || p.length === 3) ? parts.join('') : 'x';
  }
  return PLAIN.test(s) ? Number(s) : NaN;
}

/**
 * The two readings of a number whose one separator could be a decimal point or a thousands
 * separator — `16,000` and `16.000` are 16 or 16000 — or null when there is one reading only.
 */
export function ambiguousReadings(cell: string): [number, number] | null {
  const m = /^([+-]?\d{1,3})[.,](\d{3})$/.exec(cell);
  if (!m) return null;
  return [Number(`${m[1]}.${m[2]}`), Number(`${m[1]}${m[2]}`)];
}

/** An id that Excel turned into scientific notation (`3.56319E+14`): the digits are lost. */
export function isExcelMangledId(cell: string): boolean {
  return /^\d([.,]\d+)?E\+?\d+$/i.test(cell);
}
