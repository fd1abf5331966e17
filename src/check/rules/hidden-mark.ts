/**
 * `figure.hidden-mark`: a hidden cell prints one mark in every figure and table, `<5` (or `–`),
 * which the figure's note and the methodology define; never a variant such as "<5 people" or
 * «<5 чел.» beside some charts and not others.
 */
import type { MeasureText } from '../../charts/measure.js';
import { VARIANT_HIDDEN } from '../../charts/labels.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';
import { svgTextBoxes } from '../svg-text.js';

export function hiddenMarkVariants(pub: Publication, measure: MeasureText): Finding[] {
  const out: Finding[] = [];
  for (const f of pub.figures) {
    const texts = [
      ...(f.chart ? f.chart.rows.map((r) => r.display ?? '') : []),
      ...(f.svg ? svgTextBoxes(f.svg, measure).boxes.map((b) => b.text) : []),
      ...(f.table ?? []).flat(),
    ];
    const variant = texts.map((t) => VARIANT_HIDDEN.exec(t)?.[0]).find((m) => m !== undefined);
    if (variant !== undefined) out.push({ rule: 'figure.hidden-mark', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: variant, message: msg.check.hiddenMark(variant) });
  }
  return out;
}
