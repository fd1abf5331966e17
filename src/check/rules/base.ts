/** `figure.no-base`: every figure prints its base ("n = 230"), so a reader can weigh it. */
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

export function figureBase(pub: Publication): Finding[] {
  return pub.figures
    .filter((f) => f.kind !== 'table' && (f.base === undefined || f.base === ''))
    .map((f) => ({ rule: 'figure.no-base' as const, bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: f.caption, message: msg.check.noBase() }));
}
