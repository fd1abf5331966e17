/** Messages of ingest and validation: issue texts and the `bulletin validate` summary. */
const q = (v: string) => `"${v.length > 60 ? `${v.slice(0, 59)}…` : v}"`;

export const validate = {
  // issues about columns
  columnMissing: (column: string, kind: string) => `required column ${column} of the ${kind} instrument is not in the file`,
  columnUnknown: (header: string, kind: string) =>
    `column ${q(header)} is not part of the ${kind} instrument: it is left out of the data and never published`,
  textPattern: (column: string, pattern: string) => `${column} is not of the form ${pattern}: the value is withheld (read as missing) and never published`,
  textPersonal: (column: string, kind: string) =>
    `${column} looks like ${kind === 'email' ? 'an e-mail address' : kind === 'name' ? "a person's name" : kind === 'phone' ? 'a phone number' : 'coordinates'} (personal data): the value is withheld (read as missing) and never published`,
  columnPersonal: (header: string) => `column ${q(header)} holds personal data: it is dropped at import and never published`,
  columnDuplicate: (header: string, canonical: string) => `column ${q(header)} is a second ${canonical} column: only the first one is used`,
  tooManyColumns: (path: string, cells: number, max: number) =>
    `${path} cannot be read as CSV: its header has ${cells.toLocaleString('en-US')} cells, more than the ${max.toLocaleString('en-US')} an export can have (the wrong delimiter, or not a survey export?)`,
  hxlRow: () => 'a second header row of HXL hashtags was found and skipped',
  // issues about rows
  ragged: (cells: number, width: number) => `the row has ${cells} cells but the header has ${width}`,
  unclosedQuote: () => 'a quoted field is never closed: the rest of the file was read as one field',
  malformedQuote: () => 'a quoted field is malformed (a quote inside it is not doubled)',
  headerRepeated: () => 'the header is repeated here; the row is skipped',
  duplicateId: (column: string, id: string, firstLine: number) => `${column} ${q(id)} is already used on line ${firstLine}`,
  mappingPersonal: (file: string, from: string, personal: string) =>
    `mapping file ${file}: columns.${from}: "${personal}" is personal data (a name, phone, document number, exact location …): bulletin never reads such a column, so it cannot be mapped; remove this line`,
  ambiguousSeparator: (column: string, cell: string, decimal: number, thousands: number, kept: number) =>
    `${column} ${q(cell)} can be read as ${decimal} or as ${thousands} (a thousandfold difference); read as ${kept}: write ${thousands} or ${decimal} without the separator's doubt`,
  duplicateIdIn: (column: string, id: string, file: string, firstLine: number) =>
    `${column} ${q(id)} is already used in ${file} on line ${firstLine} (overlapping exports? each interview counts once)`,
  excelId: (column: string, id: string) => `${column} ${q(id)} looks mangled by Excel into scientific notation: the digits are lost`,
  // issues about values
  invalid: (column: string, value: string, expected: string) => `${column}: ${q(value)} is not valid, expected ${expected}`,
  required: (column: string) => `${column} is required but empty`,
  multiMismatch: (column: string, parent: string, splits: string) =>
    `${column}: the answer ${q(parent)} disagrees with the option columns (${splits || 'none chosen'})`,
  multiToken: (column: string, token: string, expected: string) => `${column}: option ${q(token)} is not valid, expected ${expected}`,
  admin1Unknown: (column: string, value: string, suggestions: string[]) =>
    `${column}: ${q(value)} is not a known province${suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : ''}`,
  // cross-field rules
  noneExclusive: (column: string) => `${column}: "none" is combined with another option`,
  returnDateRange: (returnDate: string, interviewDate: string | null) =>
    interviewDate ? `return_date ${returnDate} is before 2020-01-01 or after the interview date ${interviewDate}` : `return_date ${returnDate} is before 2020-01-01`,
  currencyRequired: (amount: number) => `remittance_currency is required when remittance_amount is given (${amount})`,
  childrenMax: (children: number, size: number) => `children_in_household (${children}) must be smaller than household_size (${size})`,
  strandedReturnee: () => 'a returnee has a stranded_reason',
  returnCountryRequired: () => 'return_country is required when the assistance includes avr (assisted voluntary return)',
  // the command
  notInstrument: (path: string, expected: string) =>
    `${path} is not a survey or assistance file: its header matches neither instrument (expected ${expected}); use --kind or --mapping`,
  summaryTitle: (path: string, kind: string, encoding: string, delimiter: string) =>
    `${path}: ${kind} file, ${encoding}, delimiter ${delimiter === '\t' ? 'TAB' : delimiter}`,
  summaryTitleSheet: (path: string, kind: string, sheet: string) => `${path}: ${kind} file, Excel workbook, sheet "${sheet}"`,
  note: (text: string) => `note: ${text}`,
  summaryLine: (s: { rows: number; accepted: number; rejected: number; excluded: number; errors: number; warnings: number }) =>
    `rows read ${s.rows}, accepted ${s.accepted}, rejected ${s.rejected}, excluded (no consent) ${s.excluded}; errors ${s.errors}, warnings ${s.warnings}`,
  firstIssues: (shown: number, total: number) => (shown < total ? `first ${shown} of ${total} issues:` : `${total} issue${total === 1 ? '' : 's'}:`),
  moreIssues: (n: number, reportHint: boolean) => `… and ${n} more${reportHint ? ' (write them all with --report FILE.csv)' : ''}`,
  byRule: (total: number) => `all ${total} issues by rule:`,
  truncated: (kept: number) => `only the first ${kept} issues were kept (--max-issues); all were counted`,
  reportWritten: (path: string, n: number) => `wrote ${n} issue${n === 1 ? '' : 's'} to ${path}`,
  reportFormat: (path: string) => `--report must name a .csv or .json file: ${path}`,
  maxIssues: (v: string) => `--max-issues must be a whole number ≥ 0: ${v}`,
  allGood: () => 'no issues',
};
