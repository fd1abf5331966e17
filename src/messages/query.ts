/** Messages of `bulletin query`. */
export const query = {
  personalDropped: (columns: readonly string[]) =>
    `${columns.length} column${columns.length === 1 ? '' : 's'} left out as personal data (by name or by values shaped like phones, e-mails, coordinates or names): ${columns.slice(0, 20).join(', ')}${columns.length > 20 ? ' …' : ''}`,
  unknownColumn: (column: string, where: string, suggestion: string | undefined, available: string[]) =>
    `unknown column "${column}" in ${where}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; columns: ${available.slice(0, 40).join(', ')}${available.length > 40 ? ` … (${available.length - 40} more)` : ''}`,
  badStat: (stat: string) => `--stat "${stat}" is not one of count, share, mean:COL, median:COL, sum:COL, min:COL, max:COL`,
  statNeedsColumn: (stat: string) => `--stat ${stat} needs a column: ${stat}:COL`,
  statNotNumeric: (stat: string, column: string, examples: string[]) =>
    `--stat ${stat}:${column}: "${column}" is not a numeric column${examples.length ? ` (values such as ${examples.map((e) => `"${e}"`).join(', ')})` : ''}`,
  statOnMulti: (stat: string, column: string) => `--stat ${stat}:${column}: "${column}" is a multiple-choice question, not a number`,
  shareNeedsBy: () => '--stat share needs --by: the share is taken of the last --by column within the others',
  ciNeedsShare: () => '--ci applies to --stat share only',
  badWhere: (expr: string, reason: 'syntax' | 'number' | 'empty') =>
    reason === 'number'
      ? `--where "${expr}": a comparison needs a number on the right`
      : reason === 'empty'
        ? `--where "${expr}": no value after the operator`
        : `--where "${expr}" is not COL=V1,V2, COL!=V, COL>=N, COL>N, COL<=N or COL<N`,
  whereOnMulti: (expr: string) => `--where "${expr}": on a multiple-choice column only = and != (option chosen / not chosen) apply`,
  badMinCell: (value: string) => `--min-cell "${value}" is not a whole number ≥ 0`,
  badWeight: (column: string, bad: number) =>
    `--weight ${column}: ${bad} row(s) have no positive number as weight and are left out`,
  weightNotNumeric: (column: string, examples: string[]) =>
    examples.length > 0
      ? `--weight ${column}: "${column}" is not a numeric column (values such as ${examples.map((e) => `"${e}"`).join(', ')}): every weight must be a number`
      : `--weight ${column}: the column holds no positive numbers`,
  empty: () => 'no rows match: nothing to aggregate (check --where, or the file)',
  emptyList: (flag: string, given: string) => `${flag} "${given}" names no column (an empty list: a variable left unset?)`,
  tooManyBy: (n: number, max: number) => `--by names ${n} columns; at most ${max} can be crossed (the table would have too many cells to read)`,
  tooManyGroups: (n: string, max: number) => `--by: the columns cross into ${n} groups, more than ${max}; group by fewer or coarser columns`,
  doubleEquals: (expr: string) => `--where "${expr}": write a single = (e.g. ${expr.replace('==', '=')})`,
  unknownCode: (expr: string, value: string, column: string, suggestion: string | undefined, codes: readonly string[]) =>
    `--where "${expr}": "${value}" is not a value of ${column}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; values: ${codes.slice(0, 30).join(', ')}${codes.length > 30 ? ` … (${codes.length - 30} more)` : ''}`,
  byRepeated: (column: string) => `--by names "${column}" twice`,
  fileMissing: (file: string) => `cannot read ${file}: no such file`,
  rowsLeftOut: (n: number) =>
    `${n} row(s) left out: broken, or invalid in a column the query reads (bulletin validate checks the whole file)`,
  brokenQuotes: (rows: number, line: number) =>
    `${rows} row(s) have broken quotes, the first on line ${line} (an unclosed quote reads everything after it as one cell): their cells are a best guess; correct the quotes in the file`,
  indicative: () => 'unweighted: figures describe the respondents (indicative), not a population',
};
