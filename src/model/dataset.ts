/**
 * The contract between validate/ and analyse/: the accepted rows of one or more input files of
 * one instrument, as typed columns in an arquero table.
 *
 * Column conventions (canonical names of docs/data-contract.md):
 * - single choice, yes/no, ISO3, currency, id, text: `string | null` (null = missing;
 *   `dnk` / `pnta` kept as codes);
 * - date: `'YYYY-MM-DD' | null`;
 * - integer / number: `number | null`;
 * - admin1 / origin_admin1: the matched ISO 3166-2 code (`KG-C`), or `unknown` when nothing matched
 *   (the text as found is kept in `admin1_raw` / `origin_admin1_raw`);
 * - multi `q`: the parent column holds the chosen codes separated by a space (null = not answered),
 *   and each option has a column `q/opt` holding 1, 0, or null when the question was not answered;
 * - derived: `period` (`YYYY-MM` of the date column), `age_group` (schema/age-groups.ts codes),
 *   for assistance `minor` (`yes`/`no`, under 18 at the date of assistance), and `_line` (line of the
 *   row in its file).
 * Personal-data columns never reach a Dataset.
 */
import type { ColumnTable } from './arquero.js';
import type { InstrumentKind } from '../schema/types.js';

/** What validation counted in one file. */
export interface SourceCounts {
  rows: number;
  accepted: number;
  rejected: number;
  excludedNoConsent: number;
  errors: number;
  warnings: number;
}

export interface SourceSummary extends SourceCounts {
  path: string;
  kind: InstrumentKind;
  sha256: string;
  encoding: string;
  delimiter: string;
  /** The sheet read, for an Excel workbook. */
  sheet?: string;
  /** What the user should know about the file that is not an issue of its data (sheets not read). */
  notes?: string[];
}

export interface Dataset {
  kind: InstrumentKind;
  table: ColumnTable;
  /** Multi questions present: name → option codes in declaration order. */
  multi: Record<string, string[]>;
  sources: SourceSummary[];
  /** True when the data carry a `weight` column with a value on every row. */
  weighted: boolean;
}
