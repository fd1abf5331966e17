/**
 * Output of `bulletin query`: CSV (formula-injection safe, text/csv-safe.ts), a JSON array of
 * row objects, NDJSON (one object per line), or an aligned text table for a terminal.
 */
import { toCsv } from '../text/csv-safe.js';
import type { QueryFormat } from './spec.js';
import type { QueryResult, QueryCell } from './run-query.js';

export function formatQuery(result: QueryResult, format: QueryFormat): string {
  const { columns, rows } = result;
  switch (format) {
    case 'csv':
      return toCsv(
        columns,
        rows.map((r) => columns.map((c) => r[c] ?? null)),
      );
    case 'json':
      return `[${rows.map((r) => `\n  ${JSON.stringify(pick(r, columns))}`).join(',')}${rows.length ? '\n' : ''}]\n`;
    case 'ndjson':
      return rows.map((r) => `${JSON.stringify(pick(r, columns))}\n`).join('');
    default:
      return table(columns, rows);
  }
}

function pick(r: Record<string, QueryCell>, columns: readonly string[]): Record<string, QueryCell> {
  const o = Object.create(null) as Record<string, QueryCell>; // column names are data
  for (const c of columns) o[c] = r[c] ?? null;
  return o;
}

function show(v: QueryCell, column: string): string {
  if (v === null) return column === 'value' || column === 'n' || column.startsWith('ci_') ? '–' : column === 'suppressed' ? '' : '(missing)';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4)));
  return v.replace(/[\r\n\t]+/g, ' ');
}

function table(columns: readonly string[], rows: readonly Record<string, QueryCell>[]): string {
  const cells = rows.map((r) => columns.map((c) => show(r[c] ?? null, c)));
  const width = columns.map((c, k) => Math.max(c.length, ...cells.map((row) => (row[k] as string).length)));
  const numeric = columns.map((c) => ['value', 'n', 'ci_low', 'ci_high'].includes(c));
  const line = (row: readonly string[]) =>
    row
      .map((s, k) => (numeric[k] ? s.padStart(width[k] as number) : s.padEnd(width[k] as number)))
      .join('  ')
      .trimEnd();
  return [line(columns), line(width.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}
