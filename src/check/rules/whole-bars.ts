/**
 * `chart.whole-bars`: a chart of shares whose bars are all 100 % (or all 0 %) says nothing a
 * sentence would not; the composer writes it as one ("… : 100% in every case").
 */
import { wholeBarsValue } from '../../charts/single.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

export function wholeBars(pub: Publication): Finding[] {
  const out: Finding[] = [];
  for (const f of pub.figures) {
    const v = f.chart ? wholeBarsValue(f.chart) : null;
    if (v === null) continue;
    out.push({ rule: 'chart.whole-bars', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: `${v * 100}%`, message: msg.check.wholeBars(v * 100) });
  }
  return out;
}
