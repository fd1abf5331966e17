/**
 * `note.not-applicable`: a note under a figure says something true of that figure: no "several
 * answers" note on a figure of single answers, no percentages on a chart of counts, no
 * "respondents" or "interviews" on a figure of programme records (people assisted).
 */
import { MULTI_STATISTICS } from '../../analyse/disaggregate.js';
import type { Lang } from '../../i18n/lang.js';
import { str } from '../../i18n/strings.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

const PERCENT = /%|\bper ?cent|\bpercentage|процент/i;
/** Words for survey respondents, which programme records do not have. */
const RESPONDENTS = /\brespondent|\binterview|респондент|опрошенн|интервью/i;

export function notesApply(pub: Publication): Finding[] {
  const out: Finding[] = [];
  const lang = pub.lang as Lang;
  const multi = new Set((['noteMulti', 'noteMultiAssistance', 'noteMultiRecords', 'noteMultiCount'] as const).map((k) => str(k, lang)));
  const suppressedNote = (n: string) => n.startsWith('“<') || n.startsWith('«<');
  for (const f of pub.figures) {
    const at = (value: string, message: string): Finding => ({ rule: 'note.not-applicable', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value, message });
    if (f.indicator.instrument === 'assistance') {
      for (const t of [f.caption, ...f.notes]) if (RESPONDENTS.test(t)) out.push(at(t, msg.check.respondentsOfRecords()));
    }
    for (const n of f.notes) {
      if (multi.has(n) && !MULTI_STATISTICS.has(f.indicator.statistic)) out.push(at(n, msg.check.multiNoteSingle()));
      const counts = f.chart ? f.chart.valueKind === 'count' : f.kind === 'map';
      if (counts && PERCENT.test(n) && !suppressedNote(n)) out.push(at(n, msg.check.percentOnCounts()));
    }
  }
  return out;
}
