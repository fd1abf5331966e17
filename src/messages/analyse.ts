/** Messages of the analysis (exchange-rate files). */
export const analyse = {
  ratesUnreadable: (file: string, reason: string) => `cannot read the exchange-rate file ${file}: ${reason}`,
  ratesNoRows: (file: string) => `the exchange-rate file ${file} has no rows`,
  ratesMissingColumns: (file: string, missing: string[]) =>
    `the exchange-rate file ${file} lacks the column(s) ${missing.join(', ')} (needed: month, currency, per_usd)`,
  ratesBadRow: (file: string, line: number, problem: string) => `${file}, line ${line}: ${problem}`,
  ratesBadMonth: (value: string) => `month "${value}" is not YYYY-MM`,
  ratesBadCurrency: (value: string) => `currency "${value}" is not an ISO 4217 code (three capital letters)`,
  ratesBadRate: (value: string) => `per_usd "${value}" is not a positive number`,
  ratesDuplicate: (month: string, currency: string) => `a second rate for ${currency} in ${month}`,
  ratesInvalid: (file: string, problems: string[], more: number) =>
    `the exchange-rate file ${file} is invalid:\n  ${problems.join('\n  ')}${more > 0 ? `\n  … and ${more} more` : ''}`,
};
