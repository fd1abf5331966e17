/**
 * The running header and footer of body pages: artifacts (untagged), not content.
 * Header: text and a thin blue rule. Footer: a light rule, the left text, "Page n of N" at the right.
 */
import type { Footer } from './model.js';
import { breakLines } from './inline.js';
import { textItem } from './chunk.js';
import type { TextMeasurer } from './measure.js';
import type { LayoutItem } from './page-layout.js';
import { BODY, COLOR, MARGIN, PAGE, TEXT } from './theme.js';

const HEADER_TOP = 34;
const FOOTER_RULE = PAGE.height - MARGIN.bottom + 24;

function pageLabel(template: string, n: number, total: number): string {
  return template.replace(/\{n\}/g, String(n)).replace(/\{total\}/g, String(total));
}

export function furniture(header: string, footer: Footer, n: number, total: number, m: TextMeasurer): LayoutItem[] {
  const items: LayoutItem[] = [];
  const [head] = breakLines(header, TEXT.header.font, TEXT.header.size, BODY.width, m);
  if (head) items.push(textItem(head, TEXT.header, BODY.x, HEADER_TOP, m));
  items.push({ type: 'rule', x: BODY.x, y: HEADER_TOP + TEXT.header.leading + 4, w: BODY.width, h: 0, color: COLOR.blue, lineWidth: 0.5 });
  items.push({ type: 'rule', x: BODY.x, y: FOOTER_RULE, w: BODY.width, h: 0, color: COLOR.rule, lineWidth: 0.5 });
  const label = pageLabel(footer.pageLabel, n, total);
  const [right] = breakLines(label, 'semibold', TEXT.footer.size, BODY.width, m);
  const rightW = right?.width ?? 0;
  const [left] = breakLines(footer.left, TEXT.footer.font, TEXT.footer.size, BODY.width - rightW - 24, m);
  if (left) items.push(textItem(left, TEXT.footer, BODY.x, FOOTER_RULE + 6, m));
  if (right) items.push(textItem(right, { ...TEXT.footer, font: 'semibold', color: COLOR.blue }, BODY.x + BODY.width - rightW, FOOTER_RULE + 6, m));
  return items;
}
