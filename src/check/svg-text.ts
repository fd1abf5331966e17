/**
 * The text of a drawn chart (the SVG the build publishes) as boxes on the chart's own canvas:
 * every line of every `<text>` with its position, measured on the bundled font (the same files
 * that lay the labels out and draw the PDF), so that the publication check can see labels that
 * run into each other or are cut. Reads the SVG Vega writes: nested `<g transform="translate()">`,
 * `<text text-anchor transform="translate(x,y) rotate(a)" font-size font-weight>` with `<tspan
 * x dy>` lines. Entities are decoded; anything else in the SVG is ignored.
 */
import { faceFor } from '../charts/fonts.js';
import type { MeasureText } from '../charts/measure.js';

export interface TextBox {
  /** One line of a label, as printed. */
  text: string;
  /** Index of its `<text>` element (the lines of one label share it). */
  element: number;
  /** The point the line is anchored at (a map label's halo and text share it). */
  ax: number;
  ay: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SvgCanvas {
  width: number;
  height: number;
  boxes: TextBox[];
}

const TAG = /<(\/?)(g|text|tspan|svg)\b([^>]*?)(\/?)>|([^<]+)/g;

export function svgTextBoxes(svg: string, measure: MeasureText): SvgCanvas {
  const width = attrNumber(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]) ?? 0;
  const height = attrNumber(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]) ?? 0;
  const stack: Array<[number, number]> = [[0, 0]];
  const boxes: TextBox[] = [];
  let element = -1;
  let text: { x: number; y: number; angle: number; anchor: string; size: number; face: ReturnType<typeof faceFor> } | null = null;
  let line: { dx: number; dy: number; content: string } | null = null;
  let lines: Array<{ dx: number; dy: number; content: string }> = [];
  let dy = 0;
  for (const m of svg.matchAll(TAG)) {
    const [, close, tag, attrs = '', selfClose, body] = m;
    if (body !== undefined) {
      if (line) line.content += decode(body);
      else if (text) lines.push({ dx: 0, dy: 0, content: decode(body) });
      continue;
    }
    if (tag === 'g') {
      if (close) stack.pop();
      else if (!selfClose) {
        const [tx, ty] = translate(attrs);
        const [px, py] = stack[stack.length - 1]!;
        stack.push([px + tx, py + ty]);
      }
    } else if (tag === 'text') {
      if (!close) {
        const [tx, ty] = translate(attrs);
        const [px, py] = stack[stack.length - 1]!;
        element += 1;
        dy = 0;
        lines = [];
        text = {
          x: px + tx,
          y: py + ty,
          angle: Number(/rotate\(([-\d.]+)/.exec(attr(attrs, 'transform') ?? '')?.[1] ?? 0),
          anchor: attr(attrs, 'text-anchor') ?? 'start',
          size: attrNumber(attr(attrs, 'font-size')) ?? 10,
          face: faceFor(attr(attrs, 'font-weight'), attr(attrs, 'font-style')),
        };
      } else if (text) {
        for (const l of lines) if (l.content.trim() !== '') boxes.push(boxOf(l, text, element, measure));
        text = null;
      }
    } else if (tag === 'tspan') {
      if (!close) {
        dy += attrNumber(attr(attrs, 'dy')) ?? 0;
        line = { dx: 0, dy, content: '' };
      } else if (line) {
        lines.push(line);
        line = null;
      }
    }
  }
  return { width, height, boxes };
}

function boxOf(
  l: { dy: number; content: string },
  t: { x: number; y: number; angle: number; anchor: string; size: number; face: ReturnType<typeof faceFor> },
  element: number,
  measure: MeasureText,
): TextBox {
  const w = measure(l.content, t.size, t.face);
  const start = t.anchor === 'middle' ? -w / 2 : t.anchor === 'end' ? -w : 0;
  // Along the line: [start, start + w]; across it: from the ascent to the descent of the line.
  const a0 = start;
  const a1 = start + w;
  const c0 = l.dy - 0.75 * t.size;
  const c1 = l.dy + 0.22 * t.size;
  const rad = (t.angle * Math.PI) / 180;
  const cos = Math.round(Math.cos(rad) * 1e6) / 1e6;
  const sin = Math.round(Math.sin(rad) * 1e6) / 1e6;
  const pts = [
    [a0, c0],
    [a1, c0],
    [a0, c1],
    [a1, c1],
  ].map(([u, v]) => [t.x + u! * cos - v! * sin, t.y + u! * sin + v! * cos] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { text: l.content, element, ax: Math.round(t.x * 100) / 100, ay: Math.round((t.y + l.dy) * 100) / 100, x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}

function attrNumber(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

function translate(attrs: string): [number, number] {
  const m = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/.exec(attr(attrs, 'transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}
