/**
 * The cover: an imageless design. A full-width IOM blue band carries the organisation, the series
 * and the bulletin's number and title in white; below it, the facts of this edition (period,
 * countries, language) and the date line; at the foot, a blue rule and the small print.
 */
import type { Cover, Logo } from './model.js';
import { breakLines } from './inline.js';
import { lineChunks, stack, type Chunk, type LayoutContext } from './chunk.js';
import type { LayoutItem } from './page-layout.js';
import { COVER_LABEL } from '../charts/palette.js';
import { BODY, COLOR, PAGE, TEXT, type TextStyle } from './theme.js';

const BAND = 388;
/** Height of a logo on the cover and the back cover; logos keep their aspect ratio, 14 pt apart. */
export const LOGO_H = 34;
const LOGO_GAP = 14;
const STRIPE = 7;

export function layoutCover(c: Cover, ctx: LayoutContext): LayoutItem[] {
  const { m } = ctx;
  const block = (text: string, style: TextStyle, width: number, role: 'P' | 'H1' = 'P'): Chunk =>
    stack(lineChunks(breakLines(text, style.font, style.size, width, m), style, BODY.x, m, [{ role, id: ctx.nextId() }]));
  const at = (chunk: Chunk, y: number): LayoutItem[] => chunk.items.map((it) => ({ ...it, y: it.y + y, ...(it.type === 'text' ? { baseline: it.baseline + y } : {}) }));

  const items: LayoutItem[] = [
    { type: 'rect', x: 0, y: 0, w: PAGE.width, h: BAND, fill: COLOR.blue },
    { type: 'rect', x: 0, y: BAND, w: PAGE.width, h: STRIPE, fill: COLOR.blueLight },
  ];
  const white = (s: TextStyle): TextStyle => ({ ...s, color: COLOR.white });
  items.push(...at(block(c.organisation, white({ font: 'semibold', size: 10, leading: 13, color: '' }), BODY.width), 52));
  items.push({ type: 'rule', x: BODY.x, y: 74, w: 48, h: 0, color: COLOR.white, lineWidth: 2 });
  items.push(...at(block(c.series, white({ font: 'regular', size: 12.5, leading: 17, color: '' }), BODY.width * 0.86), 92));

  // Number and title sit at the foot of the band, growing upwards.
  // A title with a word too long for the line at 32 pt (Russian «Социально-демографический») is set
  // smaller rather than broken inside the word.
  const longWord = Math.max(...c.bulletinTitle.split(/\s+/).map((w) => w.length));
  const size = longWord > 20 ? 26 : 32;
  const title = block(c.bulletinTitle, white({ font: 'bold', size, leading: size + 5, color: '' }), BODY.width, 'H1');
  const label = block(c.bulletinLabel.toUpperCase(), { font: 'semibold', size: 13, leading: 17, color: COVER_LABEL }, BODY.width);
  const titleTop = BAND - 40 - title.h;
  items.push(...at(label, titleTop - label.h - 6), ...at(title, titleTop));

  // Facts of this edition.
  let y = BAND + STRIPE + 40;
  const facts: Array<[string, string]> = [
    [c.labels.period, c.period],
    [c.labels.countries, c.countries.join(', ')],
    [c.labels.language, c.languageLabel],
  ];
  for (const [k, v] of facts) {
    const key = block(k.toUpperCase(), { font: 'semibold', size: 8, leading: 11, color: COLOR.blue }, BODY.width);
    const val = block(v, { ...TEXT.lead, size: 13, leading: 17.5 }, BODY.width);
    items.push(...at(key, y), ...at(val, y + key.h + 2));
    y += key.h + 2 + val.h + 16;
  }
  items.push(...at(block(c.dateLine, { ...TEXT.body, color: COLOR.grey }, BODY.width), y + 4));

  // Foot.
  const footY = PAGE.height - 96;
  items.push({ type: 'rule', x: BODY.x, y: footY, w: BODY.width, h: 0, color: COLOR.blue, lineWidth: 1.5 });
  items.push(...at(block(c.organisation, { ...TEXT.publisherTitle, size: 9 }, BODY.width), footY + 10));
  if (c.footnote) items.push(...at(block(c.footnote, TEXT.small, BODY.width), footY + 26));
  items.push(...logoRow(c.logos ?? [], -1, BODY.x + BODY.width, footY - 12 - LOGO_H, ctx, 'right'));
  return items;
}

/**
 * Logos in a row of height LOGO_H with its top at `y`, ending at `edge` (align right) or starting
 * there (left); `owner` is the block they belong to (-1: the cover). Each is a Figure with its name as
 * alternative text.
 */
export function logoRow(logos: readonly Logo[], owner: number, edge: number, y: number, ctx: LayoutContext, align: 'left' | 'right'): LayoutItem[] {
  const widths = logos.map((l) => (l.height > 0 ? (LOGO_H * l.width) / l.height : LOGO_H));
  const total = widths.reduce((a, w) => a + w, 0) + LOGO_GAP * Math.max(0, logos.length - 1);
  let x = align === 'right' ? edge - total : edge;
  return logos.map((l, i) => {
    const w = widths[i] ?? LOGO_H;
    const item: LayoutItem = { type: 'image', x, y, w, h: LOGO_H, block: owner, logo: i, tag: [{ role: 'Figure', id: ctx.nextId(), alt: l.alt }] };
    x += w + LOGO_GAP;
    return item;
  });
}
