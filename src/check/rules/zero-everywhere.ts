/**
 * `chart.zero-everywhere`: an option that nobody chose in any country is not drawn as a row of
 * empty bars, in any country's chart of that figure; the chart leaves it out and its note says so.
 */
import { isHidden } from '../../charts/labels.js';
import type { ChartType } from '../../charts/types.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication, PublishedFigure } from '../publication.js';

const OPTION_CHARTS: ReadonlySet<ChartType> = new Set(['hbar', 'grouped-hbar', 'stacked100']);

export function zeroEverywhere(pub: Publication): Finding[] {
  const bySpec = new Map<string, PublishedFigure[]>();
  for (const f of pub.figures) {
    if (!f.chart || !OPTION_CHARTS.has(f.chart.type)) continue;
    bySpec.set(f.spec.id, [...(bySpec.get(f.spec.id) ?? []), f]);
  }
  const out: Finding[] = [];
  for (const figs of bySpec.values()) {
    const zero = new Map<string, boolean>();
    for (const f of figs) for (const r of f.chart!.rows) zero.set(r.category, (zero.get(r.category) ?? true) && !isHidden(r) && r.value === 0);
    const cats = [...zero.entries()].filter(([, z]) => z).map(([c]) => c);
    if (cats.length === 0 || cats.length === zero.size) continue;
    for (const f of figs) {
      for (const c of cats) {
        if (!f.chart!.rows.some((r) => r.category === c)) continue;
        out.push({ rule: 'chart.zero-everywhere', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: c, message: msg.check.zeroEverywhere(c) });
      }
    }
  }
  return out;
}
