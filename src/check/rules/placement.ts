/**
 * `figure.out-of-order`: figures (and, apart, tables) are numbered in the order of the text, so
 * they must be placed in reading order: page by page, top to bottom, left to right along a row (two
 * figures whose tops are closer than ROW_STEP are a row). A figure placed above the one numbered
 * before it, in the two-column grid, reads first.
 * `table.orphan-rows`: a table broken across pages keeps at least MIN_ROWS body rows on each side
 * of every break, or moves whole.
 */
import { msg } from '../../messages/index.js';
import { ROW_STEP } from '../../render/flow.js';
import { MIN_ROWS } from '../../render/blocks/table.js';
import type { Finding } from '../finding.js';
import type { Publication, PublishedFigure } from '../publication.js';

type At = NonNullable<PublishedFigure['at']>;

/** Whether `b` reads after `a`. */
function readsAfter(a: At, b: At): boolean {
  if (a.page !== b.page) return b.page > a.page;
  if (Math.abs(b.y - a.y) < ROW_STEP - 1e-6) return b.x > a.x;
  return b.y > a.y;
}

export function outOfOrder(pub: Publication): Finding[] {
  const out: Finding[] = [];
  for (const tables of [false, true]) {
    const placed = pub.figures.filter((f) => (f.kind === 'table') === tables && f.at !== undefined);
    for (let i = 1; i < placed.length; i++) {
      const a = placed[i - 1]!;
      const b = placed[i]!;
      if (!readsAfter(a.at!, b.at!)) {
        out.push({ rule: 'figure.out-of-order', bulletin: pub.bulletin, lang: pub.lang, figure: b.id, page: b.at!.page, value: b.caption, message: msg.check.outOfOrder(a.caption) });
      }
    }
  }
  return out;
}

export function orphanRows(pub: Publication): Finding[] {
  return pub.figures.flatMap((f) => {
    const pieces = f.pieces ?? [];
    if (pieces.length < 2 || pieces.every((n) => n >= MIN_ROWS)) return [];
    return [{ rule: 'table.orphan-rows' as const, bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.at?.page ?? f.page, value: pieces.join('/'), message: msg.check.orphanRows(pieces, MIN_ROWS) }];
  });
}
