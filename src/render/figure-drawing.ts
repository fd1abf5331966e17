/**
 * Draws a chart's recorded drawing (charts/drawing.ts) onto a pdfkit page, in the chart's own
 * coordinates (the caller translates and scales to the figure's box):
 *
 * - paths are filled and stroked as Vega's canvas renderer paints them, clips are clipping paths
 *   (`W n`, no soft mask);
 * - text is text, in the registered Noto Sans faces, so that it can be selected and extracted;
 * - a map label's white halo (white fill and white stroke) is drawn as glyph outlines instead, so
 *   that extracted text reads each label once (svg-halo.ts).
 *
 * Colour, opacity and line settings are written only when they change; a clip's end restores the
 * graphics state, after which they are written again.
 */
import type * as fontkit from 'fontkit';
import type { DrawOp, FigureDrawing, FillPaint, PathData, StrokePaint } from '../charts/drawing.js';
import { linePath } from './svg-halo.js';

/** The pdfkit calls used here. */
export interface DrawingTarget {
  save(): this;
  restore(): this;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): this;
  closePath(): this;
  path(d: string): this;
  fill(): this;
  stroke(): this;
  fillAndStroke(): this;
  clip(): this;
  fillColor(color: string): this;
  strokeColor(color: string): this;
  fillOpacity(o: number): this;
  strokeOpacity(o: number): this;
  lineWidth(w: number): this;
  lineCap(c: string): this;
  lineJoin(j: string): this;
  miterLimit(m: number): this;
  dash(length: number[], opts: { phase: number }): this;
  undash(): this;
  font(name: string): this;
  fontSize(size: number): this;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, opts: Record<string, unknown>): this;
}

const WHITE = /^(#fff(fff)?|white)$/i;
const isHalo = (op: Extract<DrawOp, { op: 'text' }>) => op.fill !== undefined && op.stroke !== undefined && WHITE.test(op.fill.color) && WHITE.test(op.stroke.color);
const visible = (p: FillPaint | undefined) => p !== undefined && p.color !== 'transparent' && p.color !== 'none';

/** The graphics state last written, or undefined where unknown. */
interface GState {
  fill?: string;
  fillAlpha?: number;
  stroke?: string;
  strokeAlpha?: number;
  width?: number;
  cap?: string;
  join?: string;
  miter?: number;
  dash?: string;
}

export function drawFigure(doc: DrawingTarget, drawing: FigureDrawing, face: (bold: boolean) => fontkit.Font): void {
  const states: GState[] = [];
  let g: GState = {};
  const setFill = (p: FillPaint) => {
    if (g.fill !== p.color) doc.fillColor((g.fill = p.color));
    if (g.fillAlpha !== p.alpha) doc.fillOpacity((g.fillAlpha = p.alpha));
  };
  const setStroke = (p: StrokePaint) => {
    if (g.stroke !== p.color) doc.strokeColor((g.stroke = p.color));
    if (g.strokeAlpha !== p.alpha) doc.strokeOpacity((g.strokeAlpha = p.alpha));
    if (g.width !== p.width) doc.lineWidth((g.width = p.width));
    if (g.cap !== p.cap) doc.lineCap((g.cap = p.cap));
    if (g.join !== p.join) doc.lineJoin((g.join = p.join));
    if (g.miter !== p.miter) doc.miterLimit((g.miter = p.miter));
    const dash = p.dash && p.dash.some((v) => v > 0) ? `${p.dash.join(' ')}/${p.dashOffset ?? 0}` : '';
    if (g.dash !== dash) {
      if (dash) doc.dash(p.dash!, { phase: p.dashOffset ?? 0 });
      else doc.undash();
      g.dash = dash;
    }
  };
  const paint = (fill: FillPaint | undefined, stroke: StrokePaint | undefined) => {
    const f = visible(fill) ? fill : undefined;
    const s = visible(stroke) && stroke!.width > 0 ? stroke : undefined;
    if (f) setFill(f);
    if (s) setStroke(s);
    if (f && s) doc.fillAndStroke();
    else if (f) doc.fill();
    else if (s) doc.stroke();
    else return false;
    return true;
  };

  for (const op of drawing.ops) {
    switch (op.op) {
      case 'paint':
        if (!visible(op.fill) && !visible(op.stroke)) break;
        tracePath(doc, op.d);
        paint(op.fill, op.stroke);
        break;
      case 'clip':
        doc.save();
        states.push(g);
        g = { ...g };
        tracePath(doc, op.d);
        doc.clip();
        break;
      case 'unclip':
        doc.restore();
        g = states.pop() ?? {};
        break;
      case 'text': {
        const before = { ...g };
        // A text drawn inside save/restore leaves the state as it was before it.
        if (drawText(doc, op, face, paint, setFill)) g = before;
        break;
      }
    }
  }
  for (; states.length > 0; states.pop()) doc.restore();
}

function tracePath(doc: DrawingTarget, d: PathData): void {
  for (let i = 0; i < d.length; ) {
    switch (d[i]) {
      case 0:
        doc.moveTo(d[i + 1]!, d[i + 2]!);
        i += 3;
        break;
      case 1:
        doc.lineTo(d[i + 1]!, d[i + 2]!);
        i += 3;
        break;
      case 2:
        doc.bezierCurveTo(d[i + 1]!, d[i + 2]!, d[i + 3]!, d[i + 4]!, d[i + 5]!, d[i + 6]!);
        i += 7;
        break;
      case 3:
        doc.closePath();
        i += 1;
        break;
      default:
        throw new Error(`figure drawing: unknown path command ${d[i]}`);
    }
  }
}

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

/** Draws one line of text; true when it did so inside save/restore. */
function drawText(
  doc: DrawingTarget,
  op: Extract<DrawOp, { op: 'text' }>,
  face: (bold: boolean) => fontkit.Font,
  paint: (fill: FillPaint | undefined, stroke: StrokePaint | undefined) => boolean,
  setFill: (p: FillPaint) => void,
): boolean {
  const [a, b, c, d, e, f] = op.m as [number, number, number, number, number, number];
  const upright = a === 1 && b === 0 && c === 0 && d === 1;
  if (isHalo(op) || (op.stroke && !op.fill)) {
    // Outlines, not text (svg-halo.ts): extracted text reads the label once.
    doc.save();
    doc.transform(a, b, c, d, e, f);
    doc.path(linePath(op.text, face(op.face === 'bold' || op.face === 'boldItalic'), op.size, ANCHOR[op.align], 0));
    paint(op.fill, op.stroke);
    doc.restore();
    return true;
  }
  if (!op.fill || !visible(op.fill)) return false;
  doc.font(op.face).fontSize(op.size);
  const width = op.align === 'left' ? 0 : doc.widthOfString(op.text);
  const dx = op.align === 'center' ? -width / 2 : op.align === 'right' ? -width : 0;
  setFill(op.fill);
  const opts = { lineBreak: false, baseline: 'alphabetic' };
  if (upright) {
    doc.text(op.text, e + dx, f, opts);
    return false;
  }
  doc.save();
  doc.transform(a, b, c, d, e, f);
  doc.text(op.text, dx, 0, opts);
  doc.restore();
  return true;
}
