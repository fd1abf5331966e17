/** Messages of the publication check (src/check/): what is wrong on the page, and where. */
const q = (s: string) => `"${s}"`;

export const check = {
  collision: (a: string, b: string) => `label ${q(a)} runs into ${q(b)}`,
  truncated: (text: string) => `label ${q(text)} is cut`,
  outside: (text: string) => `label ${q(text)} runs outside the chart`,
  nonResponseGroup: (dim: string, code: string) => `non-response "${code}" of ${dim} is published as a group of a share`,
  suppressedSymbol: (symbol: string) => `a hidden-value symbol "${symbol}" is printed inside a sentence`,
  rankedUnsorted: (first: string, next: string) => `the title says the bars are ranked, but ${q(next)} is drawn after the smaller ${q(first)}`,
  singleCategory: (category: string) => `the chart has a single category (${q(category)}): say it in a sentence instead`,
  multiNoteSingle: () => 'a note about multiple answers on a figure of single answers',
  percentOnCounts: () => 'a note speaks of percentages on a chart of counts',
  noBase: () => 'the figure prints no base (n)',
  smallBaseUnmarked: (n: number) => `a bar resting on ${n} people is not marked as a small base (n and "†")`,
  respondentsOfRecords: () => 'a figure of programme records (people assisted) speaks of respondents or interviews',
  nameNotInForce: (name: string, right: string, asOf: string) => `${q(name)} was not the name in force at the date of the data (${asOf}): write ${q(right)}`,
  opensWithNumeral: (start: string) => `a sentence opens with a figure (${q(start)}): rephrase so that a word comes first`,
  hiddenMark: (label: string) => `a hidden cell printed as ${q(label)}: every figure and table prints "<5" (or "–"), as the note defines`,
  zeroEverywhere: (category: string) => `the option ${q(category)} is zero in every country: leave it out of the chart (with the note)`,
  wholeBars: (pct: number) => `every bar of the chart is ${pct}%: say it in a sentence instead`,
  undeclinedName: (phrase: string, name: string) => `${q(name)} is pasted undeclined into ${q(phrase)}: keep the name in the nominative (after a dash or a colon) or decline it`,
  termInconsistent: (word: string, preferred: string) => `${q(word)} is a synonym of the term the bulletins use (${q(preferred)}…): one concept, one word (src/i18n/terms.ts)`,
  outOfOrder: (before: string) => `placed before ${q(before)}, which is numbered before it: figures are placed in the order of their numbers`,
  orphanRows: (pieces: readonly number[], least: number) => `the table is broken across pages with ${pieces.join(' / ')} rows: at least ${least} rows stay on each side of a break, or it moves whole`,
  summary: (n: number) => `publication check: ${n} finding${n === 1 ? '' : 's'}`,
  finding: (bulletin: number, lang: string, page: number | null, figure: string | null, rule: string, message: string) =>
    `bulletin ${bulletin} (${lang})${page !== null ? `, page ${page}` : ''}${figure ? `, ${figure}` : ''}: [${rule}] ${message}`,
  strictFailed: (n: number) => `--strict: the publication check found ${n} problem${n === 1 ? '' : 's'} on the pages; nothing was written`,
};
