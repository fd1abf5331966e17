/**
 * The alternative text of a figure: what it shows, with its numbers, generated from the data it is
 * drawn from (not the caption again): "Bar chart, types of assistance received: food and non-food
 * items 88%, consultations 70%, …". Series are listed one after the other ("Male: …; Female: …").
 * Hidden cells read "fewer than 5" or "hidden", never their value.
 */
import type { ChartInput, ChartRow, ChartType } from '../charts/types.js';
import type { Lang } from '../i18n/lang.js';
import { formatCount, formatNumber, formatPercent, formatUsd } from '../i18n/number.js';
import { str, type StringKey } from '../i18n/strings.js';

const KIND: Record<ChartType, StringKey> = {
  donut: 'chartKindDonut',
  hbar: 'chartKindBar',
  bar: 'chartKindBar',
  column: 'chartKindBar',
  'grouped-hbar': 'chartKindGrouped',
  stacked100: 'chartKindStacked',
  pyramid: 'chartKindPyramid',
  histogram: 'chartKindHistogram',
  line: 'chartKindLine',
  slope: 'chartKindSlope',
};

/** The template's caption (without "Figure 3: ") with a lower-case first letter, unless it is an acronym. */
function topic(t: string): string {
  return /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

function valueOf(r: ChartRow, chart: ChartInput): string {
  const { lang } = chart;
  if (r.suppressed === 'primary') return str('altSuppressed', lang, { m: chart.threshold ?? 5 });
  if (r.suppressed || r.value === null) return str('altHidden', lang);
  switch (chart.valueKind) {
    case 'share':
      return formatPercent(r.value, lang);
    case 'count':
      return formatCount(r.value, lang);
    case 'usd':
      return formatUsd(r.value, lang);
    default:
      return formatNumber(r.value, lang);
  }
}

/** Rows in the order the chart draws them: by value when sorted, else by their order key. */
function ordered(rows: readonly ChartRow[], byValue: boolean): ChartRow[] {
  const idx = new Map(rows.map((r, i) => [r, i]));
  return [...rows].sort((a, b) => {
    if (byValue) return (b.value ?? -1) - (a.value ?? -1) || (idx.get(a) ?? 0) - (idx.get(b) ?? 0);
    return (a.order ?? Infinity) - (b.order ?? Infinity) || (idx.get(a) ?? 0) - (idx.get(b) ?? 0);
  });
}

export function chartAlt(chart: ChartInput, caption: string): string {
  const { lang } = chart;
  const kind = str(KIND[chart.type], lang);
  if (chart.rows.length === 0) return str('altNoData', lang, { kind, caption: topic(caption) });
  const list = (rows: ChartRow[]) => rows.map((r) => `${r.category} ${valueOf(r, chart)}`).join(', ');
  const groups = chart.groups ?? [...new Set(chart.rows.map((r) => r.group).filter((g): g is string => g !== undefined))];
  const values =
    groups.length > 0
      ? groups
          .map((g) => `${g}: ${list(ordered(chart.rows.filter((r) => r.group === g), chart.sortByValue === true && chart.type !== 'pyramid'))}`)
          .join('; ')
      : list(ordered(chart.rows, chart.sortByValue === true));
  return str('altChart', lang, { kind, caption: topic(caption), values });
}

/** A coverage map: the places with their counts, largest first. */
export function mapAlt(places: ReadonlyArray<{ label: string; count: number }>, caption: string, lang: Lang): string {
  const kind = str('chartKindMap', lang);
  if (places.length === 0) return str('altNoData', lang, { kind, caption: topic(caption) });
  const values = [...places]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, lang))
    .map((p) => `${p.label} ${formatCount(p.count, lang)}`)
    .join(', ');
  return str('altMap', lang, { kind, caption: topic(caption), values });
}
