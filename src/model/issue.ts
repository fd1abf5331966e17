/** A finding about the input data. Bad data is reported as issues, never thrown. */
export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** Stable rule id, e.g. `age.range`, `sex.code`, `multi.mismatch`, `row.duplicate-id`, `column.missing`. */
  rule: string;
  file: string;
  /** Line in the file, the header being line 1; a quoted field with line breaks spans several lines. */
  line: number | null;
  column: string | null;
  /** In a workbook: the cell, `F12` (the row alone when the issue has no single column). */
  cell?: string;
  /** The value as found (truncated to 200 characters). */
  value: string | null;
  expected: string | null;
  message: string;
}
