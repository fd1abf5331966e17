/**
 * `figure.no-base`: every figure prints its base ("n = 230"), so a reader can weigh it.
 * `figure.small-base-unmarked`: a bar of shares on fewer than 30 people carries its n and the mark
 * "†" that its note explains.
 */
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';
import { unmarkedSmallBases } from '../../compose/figure-data.js';

export function figureBase(pub: Publication): Finding[] {
  return pub.figures
    .filter((f) => f.kind !== 'table' && (f.base === undefined || f.base === ''))
    .map((f) => ({ rule: 'figure.no-base' as const, bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: f.caption, message: msg.check.noBase() }));
}

export function smallBases(pub: Publication): Finding[] {
  return pub.figures.flatMap((f) =>
    unmarkedSmallBases(f.chart).map((r) => ({ rule: 'figure.small-base-unmarked' as const, bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: `${r.category}${r.group ? ` / ${r.group}` : ''}`, message: msg.check.smallBaseUnmarked(r.n ?? 0) })),
  );
}
