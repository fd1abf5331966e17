/**
 * `chart.ambiguous-hidden`: a hidden count beside shares (or amounts) says what it counts ("<5
 * people", «<5 чел.»); a bare "<5" on a chart of percentages reads as "under 5 %".
 */
import type { MeasureText } from '../../charts/measure.js';
import { BARE_HIDDEN } from '../../charts/labels.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';
import { svgTextBoxes } from '../svg-text.js';

export function ambiguousHidden(pub: Publication, measure: MeasureText): Finding[] {
  const out: Finding[] = [];
  for (const f of pub.figures) {
    if (!f.chart || f.chart.valueKind === 'count') continue;
    const texts = [...f.chart.rows.map((r) => r.display ?? ''), ...(f.svg ? svgTextBoxes(f.svg, measure).boxes.map((b) => b.text) : [])];
    // a legend entry "Female (<5)" carries it in brackets
    const bare = texts.flatMap((t) => [t, ...[...t.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '')]).find((t) => BARE_HIDDEN.test(t.trim()));
    if (bare !== undefined) out.push({ rule: 'chart.ambiguous-hidden', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: bare.trim(), message: msg.check.ambiguousHidden(bare.trim()) });
  }
  return out;
}
