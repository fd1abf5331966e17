/**
 * `chart.single-category`: a chart with one category says nothing a sentence would not ("100 %
 * Kyrgyzstan", one "Yes" per country drawn as a stack of one), nor one whose every stacked bar is
 * one answer at 100 % (a different one in some bars). Hidden cells do not count as drawn.
 */
import { singleCategoryRow, wholeStackCategories } from '../../charts/single.js';
import { sentenceByDefault } from '../../compose/figure-sentence.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

export function singleCategory(pub: Publication): Finding[] {
  const out: Finding[] = [];
  for (const f of pub.figures) {
    // a chart of amounts (a median by one country of work) is drawn when no sentence is declared
    const row = f.chart && sentenceByDefault(f.chart) ? singleCategoryRow(f.chart) : null;
    const stacks = !row && f.chart ? wholeStackCategories(f.chart) : null;
    if (stacks) {
      const value = stacks.map((s) => `${s.group}: ${s.category}`).join('; ');
      out.push({ rule: 'chart.single-category', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value, message: msg.check.singleCategory(value) });
    }
    if (!row) continue;
    out.push({ rule: 'chart.single-category', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: row.category, message: msg.check.singleCategory(row.category) });
  }
  return out;
}
