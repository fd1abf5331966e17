/**
 * `query --kind raw`: any CSV export read as found, for a form nobody declared. Every column is
 * kept under its name without Kobo group prefixes (the full header when two would collide), Kobo
 * split columns (`q/opt`, `q.opt`) become the options of one multi question `q`, missing tokens
 * (empty, NA, N/A, NULL, NaN, NaT, -) become null, and a column whose every value is a number
 * (decimal commas and thousands spaces included) holds numbers. Personal-data columns (names,
 * phones, passports, GPS …, by their normalised name) are dropped on reading, and so is a column
 * holding any value shaped like a phone number, an e-mail, coordinates or a person's name
 * (schema/personal-data.ts): they can be neither grouped nor shown.
 * Encoding and delimiter are detected as in `validate` (ingest/read-csv.ts).
 */
import { table } from '../model/arquero.js';
import { openInput, type InputStream } from '../ingest/open-input.js';
import { withInput } from '../ingest/with-input.js';
import { analyseKoboHeaders } from '../ingest/kobo.js';
import { isPersonalColumn, personalValueKind } from '../schema/personal-data.js';
import { missingTest } from '../validate/missing.js';
import { parseNumber } from '../validate/number.js';
import type { Dataset } from '../model/dataset.js';

export interface RawDataset {
  dataset: Dataset;
  /** Header as in the file → the column name used (for --by / --where written either way). */
  aliases: Map<string, string>;
  /** Columns dropped as personal data (by their name or a value). */
  personal: string[];
  encoding: string;
  delimiter: string;
  /** Rows whose quotes are broken (an unclosed quote runs to the end of the file), and the first one's line; null when none. */
  broken: { rows: number; line: number } | null;
}

const TRUE = new Set(['1', 'true', 'yes', 'да', '1.0']);
const FALSE = new Set(['0', 'false', 'no', 'нет', '0.0']);

/** `csv`: the file already opened (a pipe is opened only once), not yet read. */
export async function loadRawDataset(path: string, opts: { encoding?: string; sheet?: string; csv?: InputStream } = {}): Promise<RawDataset> {
  return withInput(opts.csv ?? openInput(path, { ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}), ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) }), rawOf);
}

async function rawOf(csv: InputStream): Promise<RawDataset> {
  const heads = analyseKoboHeaders(csv.header);
  const keep: number[] = [];
  const personal: string[] = [];
  heads.forEach((h, i) => {
    if (isPersonalColumn(h.header) || (h.split && isPersonalColumn(h.split.parent))) personal.push(h.name);
    else keep.push(i);
  });
  const isMissing = missingTest();
  const cells: (string | null)[][] = keep.map(() => []);
  let n = 0;
  const headerKey = csv.header.map((h) => h.trim()).join('\u0001');
  let broken: RawDataset['broken'] = null;
  for await (const row of csv.rows) {
    if (row.problem !== undefined) broken = broken ? { rows: broken.rows + 1, line: broken.line } : { rows: 1, line: row.line };
    if (row.cells.every((c) => c.trim() === '')) continue;
    if (row.cells.map((c) => c.trim()).join('\u0001') === headerKey) continue; // header repeated mid-file
    keep.forEach((col, k) => {
      const t = (row.cells[col] ?? '').trim();
      (cells[k] as (string | null)[]).push(isMissing(t) ? null : t);
    });
    n++;
  }
  // a column with a value shaped like personal data is dropped too, whatever its name
  const dropped = new Set<number>();
  keep.forEach((col, k) => {
    const seen = new Set<string>();
    for (const v of cells[k] as (string | null)[]) {
      if (v === null || seen.has(v)) continue;
      seen.add(v);
      if (personalValueKind(v) !== null) {
        dropped.add(col);
        personal.push(heads[col]!.name);
        break;
      }
    }
  });
  const columns = Object.create(null) as Record<string, unknown[]>; // header names are data
  const multi = Object.create(null) as Record<string, string[]>;
  const aliases = new Map<string, string>();
  keep.forEach((col, k) => {
    if (dropped.has(col)) return;
    const h = heads[col]!;
    const values = cells[k] as (string | null)[];
    const name = tableName(h.name);
    aliases.set(h.header, name);
    aliases.set(h.name, name);
    if (h.split) {
      const opts = (multi[h.split.parent] ??= []);
      if (!opts.includes(h.split.option)) opts.push(h.split.option);
      columns[name] = values.map(optionValue);
      return;
    }
    columns[name] = numericOrText(values);
  });
  for (const q of Object.keys(multi)) aliases.set(q, q);
  if (!Object.prototype.hasOwnProperty.call(columns, '_line')) columns._line = Array.from({ length: n }, (_, i) => i + 2);
  const dataset: Dataset = {
    kind: 'survey',
    table: table(columns),
    multi,
    sources: [],
    weighted: false,
  };
  return { dataset, aliases, personal, encoding: csv.encoding, delimiter: csv.delimiter, broken };
}

/**
 * The name of a column in the arquero table: the header's, except `__proto__`, which arquero
 * cannot hold as a column (it reads back as nothing); it is kept as `__proto__` followed by a NUL,
 * a name no header can have (control characters are refused there), and found through `aliases`.
 */
function tableName(name: string): string {
  return name === '__proto__' ? '__proto__\u0000' : name;
}

function optionValue(v: string | null): number | null {
  if (v === null) return null;
  const t = v.toLowerCase();
  if (TRUE.has(t)) return 1;
  if (FALSE.has(t)) return 0;
  const x = parseNumber(v);
  return Number.isFinite(x) ? (x > 0 ? 1 : 0) : null;
}

/** Numbers when every present value is one (and one at least is present), the text otherwise. */
function numericOrText(values: (string | null)[]): (string | number | null)[] {
  let any = false;
  const nums: (number | null)[] = [];
  for (const v of values) {
    if (v === null) {
      nums.push(null);
      continue;
    }
    const x = parseNumber(v);
    if (!Number.isFinite(x)) return values;
    nums.push(x);
    any = true;
  }
  return any ? nums : values;
}
