/**
 * `term.inconsistent`: one concept, one word (i18n/terms.ts): a bulletin says "formal" and
 * "informal" («официальная» / «неофициальная» работа), never a synonym beside them
 * («неформальная»), in its sentences, captions, notes, chart labels and tables.
 */
import { TERMS } from '../../i18n/terms.js';
import type { Lang } from '../../i18n/lang.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

export function inconsistentTerms(pub: Publication): Finding[] {
  const lang = pub.lang as Lang;
  const out: Finding[] = [];
  const look = (text: string, figure: string | null, page: number | null) => {
    for (const t of TERMS) {
      for (const word of t.avoid[lang] ?? []) {
        const m = new RegExp(`(?<![\\p{L}])${word}\\p{L}*`, 'iu').exec(text);
        if (m) out.push({ rule: 'term.inconsistent', bulletin: pub.bulletin, lang: pub.lang, figure, page, value: m[0], message: msg.check.termInconsistent(m[0], t.preferred[lang]) });
      }
    }
  };
  for (const s of pub.sentences) look(s.text, null, s.page);
  for (const f of pub.figures) {
    const texts = [f.caption, ...f.notes, ...(f.chart?.rows.flatMap((r) => [r.category, r.group ?? '']) ?? []), ...(f.table ?? []).flat()];
    look(texts.join('\n'), f.id, f.page);
  }
  return out;
}
