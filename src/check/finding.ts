/** What the publication check reports: one defect of the page, where it is. */
export const CHECK_RULES = [
  'text.collision',
  'text.truncated',
  'share.non-response-group',
  'sentence.suppressed-symbol',
  'chart.ranked-unsorted',
  'chart.single-category',
  'note.not-applicable',
  'figure.no-base',
  'figure.small-base-unmarked',
  'name.not-in-force',
  'sentence.opens-with-numeral',
  'figure.hidden-mark',
  'chart.zero-everywhere',
  'chart.whole-bars',
  'sentence.undeclined-name',
  'term.inconsistent',
  'figure.out-of-order',
  'table.orphan-rows',
] as const;
type CheckRule = (typeof CHECK_RULES)[number];

export interface Finding {
  rule: CheckRule;
  bulletin: number;
  lang: string;
  /** The figure id (`b4-kgz-lost-job-sector`); null for a sentence of the text. */
  figure: string | null;
  /** The PDF page (1 = cover); null when the item is not on a page (a table file). */
  page: number | null;
  /** The text or value at fault, as published. */
  value: string;
  message: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.bulletin - b.bulletin ||
    a.lang.localeCompare(b.lang) ||
    (a.page ?? 0) - (b.page ?? 0) ||
    (a.figure ?? '').localeCompare(b.figure ?? '') ||
    a.rule.localeCompare(b.rule) ||
    a.value.localeCompare(b.value)
  );
}
