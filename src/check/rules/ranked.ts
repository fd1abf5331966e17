/**
 * `chart.ranked-unsorted`: a chart whose title says its bars are ranked ("ranked", «по
 * убыванию», or `sort` in the template) draws them largest first; the residual answers ("Other",
 * "None", "Don't know") may close the list.
 */
import { prepare } from '../../charts/data.js';
import { isHidden } from '../../charts/labels.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

const RANKED_TITLE = /\branked\b|по убыванию/i;

export function rankedUnsorted(pub: Publication): Finding[] {
  const out: Finding[] = [];
  for (const f of pub.figures) {
    if (!f.chart || !(f.spec.sort || RANKED_TITLE.test(f.caption))) continue;
    const chart = f.chart;
    const { categories } = prepare(chart, (l) => [l]);
    const residual = new Set(chart.rows.filter((r) => r.residual).map((r) => r.category));
    const total = (c: string) => chart.rows.filter((r) => r.category === c && !isHidden(r)).reduce((s, r) => s + (r.value ?? 0), 0);
    const ranked = categories.filter((c) => !residual.has(c));
    const firstResidual = categories.findIndex((c) => residual.has(c));
    const residualsLast = firstResidual < 0 || categories.slice(firstResidual).every((c) => residual.has(c));
    let bad: [string, string] | null = residualsLast ? null : [categories[firstResidual]!, categories[firstResidual + 1]!];
    for (let i = 1; i < ranked.length && !bad; i++) if (total(ranked[i]!) > total(ranked[i - 1]!) + 1e-12) bad = [ranked[i - 1]!, ranked[i]!];
    if (bad) out.push({ rule: 'chart.ranked-unsorted', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: bad.join(' < '), message: msg.check.rankedUnsorted(bad[0], bad[1]) });
  }
  return out;
}
