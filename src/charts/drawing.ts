/**
 * A chart's drawing: what Vega draws, as a flat list of painted paths, clips and text runs in the
 * chart's own coordinates (points, y down), so that the PDF can draw the figure from it
 * (render/figure-drawing.ts) without serialising SVG and parsing it again.
 *
 * It is recorded by letting Vega's own canvas renderer draw the scenegraph onto a recording
 * context (`view.toCanvas(1, { externalContext })`): every mark type is drawn by Vega's code, as a
 * browser canvas would draw it. The recorder keeps the current transform itself and writes paths
 * with their points already transformed, so the list has no transforms but those of text runs.
 * Numbers are rounded to 3 decimals (like the SVG, render-svg.ts): the same scene gives the same
 * list, which is plain JSON and kept in the render cache beside the SVG.
 */

/** Path data: 0 x y = move, 1 x y = line, 2 x1 y1 x2 y2 x y = cubic curve, 3 = close. */
export type PathData = number[];

export interface FillPaint {
  color: string;
  alpha: number;
}

export interface StrokePaint extends FillPaint {
  width: number;
  cap: 'butt' | 'round' | 'square';
  join: 'miter' | 'round' | 'bevel';
  miter: number;
  dash?: number[];
  dashOffset?: number;
}

export type DrawOp =
  /** A path filled and/or stroked (fill first). */
  | { op: 'paint'; d: PathData; fill?: FillPaint; stroke?: StrokePaint }
  /** Clip what follows to this path, until the matching `unclip`. */
  | { op: 'clip'; d: PathData }
  | { op: 'unclip' }
  /**
   * One line of text: drawn with its left, centre or right end (`align`) at the origin of `m` (a
   * transform: a b c d e f), on the alphabetic baseline; filled and/or stroked (a halo).
   */
  | { op: 'text'; text: string; m: number[]; face: 'regular' | 'bold' | 'italic' | 'boldItalic'; size: number; align: 'left' | 'center' | 'right'; fill?: FillPaint; stroke?: StrokePaint };

export interface FigureDrawing {
  width: number;
  height: number;
  ops: DrawOp[];
}

type Matrix = [number, number, number, number, number, number];

const r3 = (n: number): number => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? 0 : r;
};

const multiply = (m: Matrix, a: number, b: number, c: number, d: number, e: number, f: number): Matrix => [
  m[0] * a + m[2] * b,
  m[1] * a + m[3] * b,
  m[0] * c + m[2] * d,
  m[1] * c + m[3] * d,
  m[0] * e + m[2] * f + m[4],
  m[1] * e + m[3] * f + m[5],
];

/** The face of a CSS font string as Vega writes it ("italic bold 9.5px Noto Sans"). */
function parseFont(font: string): { face: 'regular' | 'bold' | 'italic' | 'boldItalic'; size: number } {
  const size = /(\d+(?:\.\d+)?)px/.exec(font);
  const words = font.slice(0, size?.index ?? 0).trim().split(/\s+/);
  const italic = words.includes('italic') || words.includes('oblique');
  // As the SVG route did (svg-fonts.ts): 600 and above are drawn bold.
  const bold = words.some((w) => w === 'bold' || w === 'bolder' || Number(w) >= 600);
  return { face: bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular', size: size ? Number(size[1]) : 10 };
}

const unsupported = (what: string) => (): never => {
  throw new Error(`chart drawing: Vega asked for ${what}, which the PDF drawing does not support`);
};

interface State {
  m: Matrix;
  clips: number;
}

/**
 * The part of a CanvasRenderingContext2D that Vega's canvas marks use, recording what they draw.
 * Gradients, patterns and images throw: no chart of this tool uses them.
 */
export class DrawingRecorder {
  readonly ops: DrawOp[] = [];
  fillStyle = '#000000';
  strokeStyle = '#000000';
  globalAlpha = 1;
  lineWidth = 1;
  lineCap: StrokePaint['cap'] = 'butt';
  lineJoin: StrokePaint['join'] = 'miter';
  miterLimit = 10;
  lineDashOffset = 0;
  font = '10px sans-serif';
  textAlign = 'left';
  textBaseline = 'alphabetic';
  globalCompositeOperation = 'source-over';
  pixelRatio = 1;

  private dash: number[] = [];
  private m: Matrix = [1, 0, 0, 1, 0, 0];
  private clips = 0;
  private readonly stack: State[] = [];
  private path: PathData = [];
  /** Where the current subpath started, and the current point (in chart coordinates), or null. */
  private start: [number, number] | null = null;
  private current: [number, number] | null = null;

  createLinearGradient = unsupported('a linear gradient');
  createRadialGradient = unsupported('a radial gradient');
  createPattern = unsupported('a pattern');
  drawImage = unsupported('an image');
  arcTo = unsupported('arcTo');
  ellipse = unsupported('an ellipse');

  save(): void {
    this.stack.push({ m: this.m, clips: this.clips });
    this.clips = 0;
  }

  restore(): void {
    for (; this.clips > 0; this.clips--) this.ops.push({ op: 'unclip' });
    const s = this.stack.pop();
    if (s) {
      this.m = s.m;
      this.clips = s.clips;
    }
  }

  translate(x: number, y: number): void {
    this.m = multiply(this.m, 1, 0, 0, 1, x, y);
  }

  rotate(a: number): void {
    const c = Math.cos(a);
    const s = Math.sin(a);
    this.m = multiply(this.m, c, s, -s, c, 0, 0);
  }

  scale(x: number, y: number): void {
    this.m = multiply(this.m, x, 0, 0, y, 0, 0);
  }

  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.m = [a, b, c, d, e, f];
  }

  setLineDash(dash: number[]): void {
    this.dash = [...dash];
  }

  getLineDash(): number[] {
    return [...this.dash];
  }

  private point(x: number, y: number): [number, number] {
    const m = this.m;
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  }

  private push(code: number, ...pts: Array<[number, number]>): void {
    this.path.push(code);
    for (const [x, y] of pts) this.path.push(r3(x), r3(y));
  }

  beginPath(): void {
    this.path = [];
    this.start = this.current = null;
  }

  moveTo(x: number, y: number): void {
    const p = this.point(x, y);
    this.push(0, p);
    this.start = this.current = p;
  }

  lineTo(x: number, y: number): void {
    if (!this.current) return this.moveTo(x, y);
    const p = this.point(x, y);
    this.push(1, p);
    this.current = p;
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    if (!this.current) this.moveTo(x1, y1);
    const p = this.point(x, y);
    this.push(2, this.point(x1, y1), this.point(x2, y2), p);
    this.current = p;
  }

  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    if (!this.current) this.moveTo(cx, cy);
    // Raised to a cubic in chart coordinates (an affine transform keeps the curve).
    const [x0, y0] = this.current!;
    const c = this.point(cx, cy);
    const p = this.point(x, y);
    this.push(2, [x0 + (2 / 3) * (c[0] - x0), y0 + (2 / 3) * (c[1] - y0)], [p[0] + (2 / 3) * (c[0] - p[0]), p[1] + (2 / 3) * (c[1] - p[1])], p);
    this.current = p;
  }

  /** A circular arc as cubic curves of at most a quarter turn each, as a canvas draws it. */
  arc(x: number, y: number, r: number, a0: number, a1: number, ccw = false): void {
    const TAU = Math.PI * 2;
    let sweep: number;
    if (!ccw && a1 - a0 >= TAU) sweep = TAU;
    else if (ccw && a0 - a1 >= TAU) sweep = -TAU;
    else if (!ccw) sweep = (((a1 - a0) % TAU) + TAU) % TAU;
    else sweep = -((((a0 - a1) % TAU) + TAU) % TAU);
    const sx = x + r * Math.cos(a0);
    const sy = y + r * Math.sin(a0);
    if (this.current) this.lineTo(sx, sy);
    else this.moveTo(sx, sy);
    if (r <= 0 || sweep === 0) return;
    const n = Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9);
    const step = sweep / n;
    const k = (4 / 3) * Math.tan(step / 4);
    let a = a0;
    for (let i = 0; i < n; i++) {
      const b = a + step;
      const [ca, sa, cb, sb] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b)];
      this.bezierCurveTo(x + r * (ca - k * sa), y + r * (sa + k * ca), x + r * (cb + k * sb), y + r * (sb - k * cb), x + r * cb, y + r * sb);
      a = b;
    }
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }

  closePath(): void {
    if (!this.current) return;
    this.path.push(3);
    this.current = this.start;
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    const [path, start, current] = [this.path, this.start, this.current];
    this.beginPath();
    this.rect(x, y, w, h);
    this.fill();
    [this.path, this.start, this.current] = [path, start, current];
  }

  clearRect(): void {
    // The drawing starts empty; nothing to clear.
  }

  private fillPaint(): FillPaint {
    return { color: String(this.fillStyle), alpha: r3(this.globalAlpha) };
  }

  private strokePaint(): StrokePaint {
    const s: StrokePaint = { color: String(this.strokeStyle), alpha: r3(this.globalAlpha), width: r3(this.lineWidth), cap: this.lineCap, join: this.lineJoin, miter: this.miterLimit };
    if (this.dash.length > 0) {
      s.dash = this.dash.map(r3);
      s.dashOffset = r3(this.lineDashOffset);
    }
    return s;
  }

  fill(): void {
    if (this.path.length === 0) return;
    this.ops.push({ op: 'paint', d: this.path, fill: this.fillPaint() });
  }

  stroke(): void {
    if (this.path.length === 0) return;
    const last = this.ops.at(-1);
    // Vega fills, then strokes the same path: one operation.
    if (last?.op === 'paint' && last.d === this.path && !last.stroke) last.stroke = this.strokePaint();
    else this.ops.push({ op: 'paint', d: this.path, stroke: this.strokePaint() });
  }

  clip(): void {
    this.ops.push({ op: 'clip', d: this.path });
    this.clips++;
  }

  private textOp(text: string, x: number, y: number): Extract<DrawOp, { op: 'text' }> {
    const m = multiply(this.m, 1, 0, 0, 1, x, y).map(r3);
    const align = this.textAlign === 'center' ? 'center' : this.textAlign === 'right' || this.textAlign === 'end' ? 'right' : 'left';
    return { op: 'text', text, m, ...parseFont(this.font), align };
  }

  fillText(text: string, x: number, y: number): void {
    this.ops.push({ ...this.textOp(text, x, y), fill: this.fillPaint() });
  }

  strokeText(text: string, x: number, y: number): void {
    const op = this.textOp(text, x, y);
    const last = this.ops.at(-1);
    // Vega fills, then strokes the same line: one operation.
    if (last?.op === 'text' && !last.stroke && last.text === op.text && last.face === op.face && last.size === op.size && last.align === op.align && last.m.every((v, i) => v === op.m[i])) {
      last.stroke = this.strokePaint();
    } else this.ops.push({ ...op, stroke: this.strokePaint() });
  }
}

/**
 * The size of the smallest text of a drawing in its own units (a run's size times the scale of its
 * transform; blank runs left out), or null when it draws no text: how far the figure may be drawn
 * smaller (render/chart-text.ts). The chart stage gives it with the figure (FigureBlock.textSize).
 */
export function smallestTextSize(drawing: FigureDrawing): number | null {
  let least = Infinity;
  for (const op of drawing.ops) {
    if (op.op !== 'text' || op.text.trim() === '') continue;
    const [a = 1, b = 0, c = 0, d = 1] = op.m;
    least = Math.min(least, op.size * Math.sqrt(Math.abs(a * d - b * c)));
  }
  return Number.isFinite(least) && least > 0 ? least : null;
}

/** The minimal view API the recorder needs (vega's View). */
interface CanvasView {
  toCanvas(scaleFactor: number, opts: { externalContext: unknown }): Promise<unknown>;
}

/** Records what a view (already run) draws, at its SVG size. */
export async function recordDrawing(view: CanvasView, width: number, height: number): Promise<FigureDrawing> {
  const rec = new DrawingRecorder();
  await view.toCanvas(1, { externalContext: rec });
  return { width, height, ops: rec.ops };
}
