/**
 * The deliberate errors of data-samples/survey-invalid.csv: a valid 60-row survey sample (seed
 * INVALID_BASE.seed) with one split column `priority_needs/food` added, then one change per line.
 * A validator test can take this list as its expectations: on each `line` (the header is line 1),
 * `rule` with `severity`, or nothing at all where `severity` is `none` / `excluded`.
 * `certain: false` marks what the contract leaves to the implementation (a warning at most).
 */
export const INVALID_BASE = { rows: 60, seed: 11, splitColumn: 'priority_needs/food' } as const;

export interface InvalidCase {
  line: number;
  column: string;
  /** The value written in the file ('' = left empty). */
  value: string;
  /** Other columns set on the same row so that the case is exactly what it says. */
  also?: Readonly<Record<string, string>>;
  rule: string | null;
  severity: 'error' | 'warning' | 'none' | 'excluded';
  certain: boolean;
  why: string;
  /** What the base row must be for the case to make sense (checked when the file is built). */
  requires?: { population_group?: 'returnee' | 'stranded_migrant'; hasAmount?: boolean };
  /** Copy response_id from this line (duplicate id). */
  duplicateOfLine?: number;
  /** Drop this many trailing fields (ragged row). */
  dropFields?: number;
}

export const INVALID_CASES: readonly InvalidCase[] = [
  { line: 3, column: 'sex', value: 'x', rule: 'sex.code', severity: 'error', certain: true, why: 'not a code of the sex list (male, female)' },
  { line: 6, column: 'age', value: '250', rule: 'age.range', severity: 'error', certain: true, why: 'above the maximum age 99' },
  { line: 9, column: 'age', value: '12', rule: 'age.range', severity: 'error', certain: true, why: 'below the minimum age 14 of the survey' },
  { line: 12, column: 'interview_date', value: '2021-02-30', rule: 'interview_date.date', severity: 'error', certain: true, why: 'February has no 30th: not a date' },
  { line: 15, column: 'interview_date', value: '2031-03-15', rule: 'interview_date.range', severity: 'error', certain: false, why: 'a valid date after the data cut-off (the build date unless --cutoff): an error while the cut-off is before 2031-03-15' },
  { line: 18, column: 'return_date', value: '2019-11-20', rule: 'return_date.range', severity: 'error', certain: true, why: 'return_date before 2020-01-01', requires: { population_group: 'returnee' } },
  { line: 21, column: 'response_id', value: '(the id of line 20)', rule: 'row.duplicate-id', severity: 'error', certain: true, why: 'response_id already used on line 20', duplicateOfLine: 20 },
  { line: 24, column: 'response_id', value: '', rule: 'response_id.required', severity: 'error', certain: true, why: 'a required value is missing' },
  { line: 27, column: 'country', value: 'KYR', rule: 'country.code', severity: 'error', certain: true, why: 'not an ISO 3166-1 alpha-3 code (KYR is the IOC code; ISO is KGZ)' },
  { line: 30, column: 'covid_impacts', value: 'none lost_income', rule: 'multi.none-exclusive', severity: 'error', certain: true, why: '`none` combined with another option' },
  { line: 33, column: 'priority_needs/food', value: '(the opposite of the parent)', rule: 'multi.mismatch', severity: 'error', certain: true, why: 'the split column disagrees with the parent column priority_needs' },
  { line: 36, column: 'remittance_currency', value: '', rule: 'remittance_currency.required', severity: 'error', certain: true, why: 'an amount without its currency', requires: { hasAmount: true } },
  { line: 39, column: 'children_in_household', value: '3', also: { household_size: '3' }, rule: 'children_in_household.max', severity: 'error', certain: true, why: 'as many children as household members (must be fewer)' },
  { line: 42, column: 'stranded_reason', value: 'borders_closed', rule: 'stranded_reason.returnee', severity: 'warning', certain: true, why: 'a returnee answered the stranded migrants\' question', requires: { population_group: 'returnee' } },
  { line: 45, column: 'consent', value: 'no', rule: null, severity: 'excluded', certain: true, why: 'no consent: the row is excluded from every figure and counted, not an error' },
  { line: 48, column: 'education', value: 'dnk', rule: null, severity: 'none', certain: true, why: 'don\'t know is a valid answer to a single-choice question (not an error)' },
  { line: 51, column: 'admin1', value: 'Atlantis', rule: 'admin1.unknown', severity: 'warning', certain: true, why: 'a province name no place list knows' },
  { line: 54, column: 'remittance_amount', value: '11000,5', rule: null, severity: 'none', certain: false, why: 'a decimal comma (quoted field): read as 11000.5; a warning at most', requires: { hasAmount: true } },
  { line: 61, column: '(row)', value: '(10 fields short)', rule: 'row.ragged', severity: 'error', certain: true, why: 'the last row has fewer fields than the header', dropFields: 10 },
];
