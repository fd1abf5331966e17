/**
 * `text.collision` / `text.truncated`: no label of a chart or map runs into another, is cut short
 * with "…", or runs outside the drawing. Measured on the SVG the build publishes (svg-text.ts).
 */
import type { MeasureText } from '../../charts/measure.js';
import { msg } from '../../messages/index.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';
import { svgTextBoxes, type TextBox } from '../svg-text.js';

/** Overlaps smaller than this (points) are anti-aliasing, not a collision. */
const TOLERANCE = 0.75;

export function textFit(pub: Publication, measure: MeasureText): Finding[] {
  const out: Finding[] = [];
  for (const f of pub.figures) {
    if (!f.svg) continue;
    const canvas = svgTextBoxes(f.svg, measure);
    const at = (rule: Finding['rule'], value: string, message: string): Finding => ({
      rule,
      bulletin: pub.bulletin,
      lang: pub.lang,
      figure: f.id,
      page: f.page,
      value,
      message,
    });
    const boxes = canvas.boxes;
    for (const b of boxes) {
      if (b.text.includes('…')) out.push(at('text.truncated', b.text, msg.check.truncated(b.text)));
      else if (b.x0 < -TOLERANCE || b.y0 < -TOLERANCE || b.x1 > canvas.width + TOLERANCE || b.y1 > canvas.height + TOLERANCE) {
        out.push(at('text.truncated', b.text, msg.check.outside(b.text)));
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        // A map label is drawn twice, a white halo under the text: one label, not two.
        if (a.element === b.element || halo(a, b) || !overlap(a, b)) continue;
        out.push(at('text.collision', `${a.text} / ${b.text}`, msg.check.collision(a.text, b.text)));
      }
    }
  }
  return out;
}

function halo(a: TextBox, b: TextBox): boolean {
  return a.text === b.text && Math.abs(a.ax - b.ax) < TOLERANCE && Math.abs(a.ay - b.ay) < TOLERANCE;
}

function overlap(a: TextBox, b: TextBox): boolean {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > TOLERANCE && h > TOLERANCE;
}
