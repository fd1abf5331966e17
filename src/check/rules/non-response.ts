/**
 * `share.non-response-group`: a grouping variable's non-response ("don't know", "prefer not to
 * answer", no answer) is never a group of a published share or count ("lost job, by sector: Don't
 * know"; "people assisted, by partner: No answer").
 */
import { countryDimOf } from '../../compose/indicator-info.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

const NON_RESPONSE_GROUPS: ReadonlySet<string> = new Set(['dnk', 'pnta', '_missing']);

export function nonResponseGroups(pub: Publication): Finding[] {
  const out: Finding[] = [];
  for (const f of pub.figures) {
    const cd = countryDimOf(f.indicator);
    const seen = new Set<string>();
    for (const r of f.rows) {
      for (const [d, code] of Object.entries(r.dims)) {
        if (d === cd || !NON_RESPONSE_GROUPS.has(code) || seen.has(`${d}=${code}`)) continue;
        seen.add(`${d}=${code}`);
        out.push({ rule: 'share.non-response-group', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: `${d}=${code}`, message: msg.check.nonResponseGroup(d, code) });
      }
    }
  }
  return out;
}
