/**
 * A figure of one category written as a sentence (charts/single.ts): "All 1,098 respondents were
 * citizens of Kyrgyzstan". The wording is the figure's own `asSentence` (template), with the
 * slots `{n}` (the base: people, or the count of a count chart), `{category}` (the label, in the
 * nominative), `{category_the}` (English "the Russian Federation"), `{category_in}` ("in the
 * Russian Federation" / «в Российской Федерации») and `{value}` (the figure's number: `{value|usd}`).
 * Without one, a chart of shares or of counts of people takes the catalogue's plain sentence; a
 * chart of medians, means or amounts never does ("every answer was 'Kazakhstan' ($230)" says
 * nothing true): it is drawn.
 */
import { valueLabel } from '../charts/labels.js';
import type { ChartInput, ChartRow } from '../charts/types.js';
import { countryIn, countryThe } from '../i18n/country-cases.js';
import type { Lang } from '../i18n/lang.js';
import { formatN } from '../i18n/number.js';
import { str } from '../i18n/strings.js';
import { fillSentence } from '../narrative/fill.js';
import { parseSentence } from '../narrative/parse.js';
import type { SlotValues } from '../narrative/slot-value.js';
import { countryFromText } from '../schema/countries.js';
import type { FigureSpec } from '../schema/template.js';

/** The slots a figure's `asSentence` may use. */
export const FIGURE_SENTENCE_SLOTS = ['n', 'value', 'category', 'category_the', 'category_in'] as const;

/** Whether a one-category chart of this kind may be written with the catalogue's plain sentence. */
export function sentenceByDefault(chart: ChartInput): boolean {
  return chart.valueKind === 'share' || chart.valueKind === 'count';
}

/** The sentence, or null when the figure is to be drawn (an amount without a declared wording). */
export function figureSentence(
  spec: FigureSpec,
  row: ChartRow,
  chart: ChartInput,
  opts: { lang: Lang; minCell: number; base: number | null; asOf?: string | undefined; stated?: ReadonlySet<string> | undefined; slots?: SlotValues | undefined },
): string | null {
  const { lang } = opts;
  const n = chart.valueKind === 'count' ? (row.value ?? row.n ?? opts.base ?? 0) : (row.n ?? opts.base ?? 0);
  // "All one migrant" is not English: a single person takes the plain sentence
  if (spec.asSentence && n >= 2) {
    const text = (s: string) => ({ en: s, ru: s });
    const iso3 = countryFromText(row.category);
    const values: SlotValues = {
      // the section's slots ("… returned to Kyrgyzstan[ from …]"), under the figure's own
      ...(opts.slots ?? {}),
      n: { value: n },
      value: { value: row.value },
      category: { value: 1, label: text(row.category) },
      category_the: { value: 1, label: text(iso3 ? countryThe(iso3, lang, opts.asOf) : row.category) },
      category_in: { value: 1, label: text(iso3 ? countryIn(iso3, lang) : lang === 'en' ? `in ${row.category}` : `в стране: ${row.category}`) },
    };
    // a figure the narrative above has stated is not repeated (an optional fragment that would is dropped)
    const filled = fillSentence(parseSentence(spec.asSentence[lang]), values, { lang, minCell: opts.minCell, ...(opts.stated ? { stated: opts.stated } : {}) });
    if (filled) return filled.text;
  }
  if (!sentenceByDefault(chart)) return null;
  return str('figureAsSentence', lang, { caption: spec.caption[lang], category: row.category, value: valueLabel(row, chart), base: formatN(n, lang) });
}
