/**
 * 100 % stacked bars, one per group (sex, country …), for change questions: segments in the order
 * of the answers, a sequential blue ramp by default, percentages written in segments wide enough
 * to hold them. Counts are turned into shares of the group's drawn total.
 *
 * Hidden (suppressed) cells: only the SUM of a bar's hidden cells is known (100 % minus what is
 * shown), never one of them, so they are drawn together as one block closing the bar: white with a
 * dashed outline (never grey, which reads as "missing"; never a category's colour, which would
 * claim the remainder for it). The block never passes for one answer: it is labelled with the
 * answers it stands for and the hidden mark (`No change, increased: –`) where that fits, else
 * `hidden` / `скрыто`, else the mark `–` alone; its legend entry names the answers when every block of the chart stands for
 * the same ones (`No change, increased: hidden (small counts)`, or `…: hidden` where the legend has
 * no room for more, set on two lines where one is too narrow), else `Hidden (small counts)`. The
 * legend lists only the categories drawn in some bar; a figure note names which categories are
 * hidden in which bar.
 */
import type { TopLevelSpec } from 'vega-lite';
import { prepare } from '../data.js';
import { seriesColors } from '../colors.js';
import { topLegend } from '../legend.js';
import { DEFAULT_WIDTH, LINE_HEIGHT, PADDING, SPLIT_LINES, frame, measurer, r4 } from '../frame.js';
import { wrapLines } from '../wrap.js';
import { hiddenMark } from '../labels.js';
import { formatPercent } from '../../i18n/number.js';
import { answerList } from '../../i18n/format.js';
import { HIDDEN_HATCH, INK, INK_SOFT, WHITE } from '../palette.js';
import { str } from '../../i18n/strings.js';
import { SIZE, inkOn } from '../theme.js';
import type { ChartInput } from '../types.js';

const BAR = 18;
const STEP = 24;
/** Room a segment's value needs around the number itself (3 pt a side), and the least it keeps around the printed label. */
const LABEL_PAD = 6;
const LABEL_MIN_PAD = 2;

/**
 * Whether a label goes in a segment `room` points wide. The decision is made on the text without
 * the space before its per cent sign ("17%"), the same in every language: a segment that holds the
 * number in English holds it in Russian too, where "17 %" is one no-break space wider. The printed
 * label still keeps at least 1 pt a side, so it never crosses the segment's edge.
 */
function segmentLabelFits(label: string, room: number, measure: (text: string) => number): boolean {
  if (!label) return false;
  return measure(label.replace(/\s+(?=%)/gu, '')) + LABEL_PAD <= room && measure(label) + LABEL_MIN_PAD <= room;
}

export function stacked100Spec(input: ChartInput): TopLevelSpec {
  const measure = measurer();
  const cd = prepare(input);
  const width = input.width ?? DEFAULT_WIDTH;
  const colors = seriesColors(input, cd.categories);
  const hiddenWord = str('altHidden', input.lang);
  // The answers each bar's block stands for (in print order); one legend entry names them when all agree.
  const hiddenOf = cd.groups.map((_, gi) => cd.data.filter((d) => d.gi === gi && d.hidden).map((d) => cd.categories[d.ci] ?? d.c));
  const hiddenSets = new Set(hiddenOf.filter((h) => h.length > 0).map((h) => JSON.stringify(h)));
  const sameHidden = hiddenSets.size === 1 ? (JSON.parse([...hiddenSets][0]!) as string[]) : null;
  const genericEntry = str('hiddenSegments', input.lang);
  let hiddenEntry = genericEntry;

  const groupLabelWidth = Math.max(...cd.groups.map((g) => measure(g, SIZE.label))) + 6;
  const plot = width - groupLabelWidth - 2 * PADDING;

  const segments: Record<string, string | number | boolean | null>[] = [];
  cd.groups.forEach((g, gi) => {
    const cells = cd.data.filter((d) => d.gi === gi);
    const drawn = cells.filter((d) => !d.hidden);
    const sum = drawn.reduce((a, d) => a + d.v, 0);
    const scale = input.valueKind === 'share' && !cells.some((d) => d.hidden) ? sum || 1 : input.valueKind === 'share' ? 1 : sum || 1;
    let x = 0;
    for (const d of drawn) {
      const share = d.v / scale;
      const label = input.valueKind === 'share' && d.label !== undefined && scale === 1 ? d.label : formatPercent(share, input.lang, { decimals: input.decimals ?? 0 });
      const color = colors[d.ci] ?? INK;
      const fits = segmentLabelFits(label, share * plot, (t) => measure(t, SIZE.value));
      segments.push({ g, c: d.c, ci: d.ci, x0: r4(x), x1: r4(x + share), label: fits ? label : '', ink: inkOn(color), n: d.n, hidden: false });
      x += share;
    }
    if (cells.some((d) => d.hidden) && x < 1 - 1e-6) {
      const named = str('hiddenBlockLabel', input.lang, { list: answerList(hiddenOf[gi] ?? []) });
      // last the hidden mark alone, the same in both languages, so a block as wide as a labelled one is never bare
      const label = [named, hiddenWord, hiddenMark('secondary', input.threshold)].find((l) => segmentLabelFits(l, (1 - x) * plot, (t) => measure(t, SIZE.value))) ?? '';
      segments.push({ g, c: genericEntry, ci: cd.categories.length, x0: r4(x), x1: 1, label, ink: INK_SOFT, n: null, hidden: true });
    }
  });

  // The legend names what is drawn: categories with a visible segment in some bar, then the hidden block.
  const drawnCats = cd.categories.filter((c) => segments.some((s) => !s.hidden && s.c === c && Number(s.x1) > Number(s.x0)));
  const anyHidden = segments.some((s) => s.hidden);
  // The legend starts at the plot's left edge, right of the group labels: its columns fit the plot.
  const legendOf = (hidden: string) => topLegend(anyHidden ? [...drawnCats, hidden] : drawnCats, plot + 2 * PADDING, measure);
  let legend = legendOf(genericEntry);
  // One set of answers hidden in every bar: the block's entry names them, if that takes no more legend rows.
  if (anyHidden && sameHidden) {
    const list = answerList(sameHidden);
    for (const named of [str('hiddenSegmentsOf', input.lang, { list }), str('hiddenSegmentsOfShort', input.lang, { list })]) {
      const namedLegend = legendOf(named);
      if (namedLegend.height > legend.height || measure(named, SIZE.legend) > namedLegend.legend.labelLimit) continue;
      hiddenEntry = named;
      legend = namedLegend;
      for (const s of segments) if (s.hidden) s.c = named;
      break;
    }
    // Too wide for one line: the entry names them on two, no wider than the other entries' column
    // (the chart grows by a line at most) rather than falling back to the generic entry.
    if (hiddenEntry === genericEntry) {
      const column = Math.max(...[...drawnCats, genericEntry].map((c) => measure(c, SIZE.legend)));
      for (const named of [str('hiddenSegmentsOf', input.lang, { list }), str('hiddenSegmentsOfShort', input.lang, { list })]) {
        const lines = wrapLines(named, measure, { width: column, size: SIZE.legend, maxLines: 2 });
        if (lines.length > 2 || lines.some((l) => measure(l, SIZE.legend) > column) || lines.join(' ') !== named) continue;
        const wrapped = lines.join('\n');
        const namedLegend = legendOf(wrapped);
        if (namedLegend.height > legend.height + LINE_HEIGHT) continue;
        hiddenEntry = wrapped;
        legend = { ...namedLegend, legend: { ...namedLegend.legend, labelExpr: SPLIT_LINES } };
        for (const s of segments) if (s.hidden) s.c = wrapped;
        break;
      }
    }
  }
  const entries = anyHidden ? [...drawnCats, hiddenEntry] : drawnCats;
  const entryColors = [...drawnCats.map((c) => colors[cd.categories.indexOf(c)] ?? INK), ...(anyHidden ? [WHITE] : [])];
  const height = input.height ?? cd.groups.length * STEP + legend.height + 2 * PADDING;
  const hiddenTest = `datum.value === ${JSON.stringify(hiddenEntry)}`;

  const x = { field: 'x0', type: 'quantitative' as const, axis: null, scale: { domain: [0, 1], nice: false } };
  const y = { field: 'g', type: 'nominal' as const, sort: cd.groups, title: null, axis: { domain: false }, scale: { paddingInner: r4(1 - BAR / STEP), paddingOuter: 0.2 } };
  return {
    ...frame(input, width, height),
    data: { values: segments },
    encoding: { y },
    layer: [
      {
        transform: [{ filter: 'datum.x1 > datum.x0 && !datum.hidden' }],
        mark: { type: 'bar', stroke: WHITE, strokeWidth: 0.75 },
        encoding: {
          x,
          x2: { field: 'x1' },
          color: {
            field: 'c',
            type: 'nominal',
            sort: entries,
            scale: { domain: entries, range: entryColors },
            legend: {
              ...legend.legend,
              values: entries,
              symbolStrokeWidth: 0.75,
              // The hidden block's entry is drawn as the block is: white, dashed outline.
              encoding: { symbols: {
                stroke: { condition: { test: hiddenTest, value: HIDDEN_HATCH }, value: WHITE },
                strokeDash: { condition: { test: hiddenTest, value: [2, 1.5] }, value: [] },
              } },
            },
          },
        },
      },
      {
        transform: [{ filter: 'datum.x1 > datum.x0 && datum.hidden' }],
        mark: { type: 'bar', fill: WHITE, stroke: HIDDEN_HATCH, strokeWidth: 0.75, strokeDash: [2, 1.5] },
        encoding: { x, x2: { field: 'x1' } },
      },
      {
        transform: [{ calculate: '(datum.x0 + datum.x1) / 2', as: 'xm' }],
        mark: { type: 'text', align: 'center', baseline: 'middle' },
        encoding: {
          x: { field: 'xm', type: 'quantitative' },
          text: { field: 'label' },
          color: { field: 'ink', type: 'nominal', scale: null, legend: null },
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
}
