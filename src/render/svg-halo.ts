/**
 * Map labels are drawn twice by the chart: a white "halo" copy (a thick white stroke) under the
 * label itself, so that it reads over borders and symbols. In the PDF both copies would be text,
 * and copied or extracted text would read every label twice ("Osh cityOsh city"). So the halo copy
 * (a <text> whose fill and stroke are both white) is drawn as glyph outlines instead: it looks the
 * same and is not text. The label itself stays text, drawn once.
 */
import type * as fontkit from 'fontkit';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (e) => ENTITIES[e] ?? e);

const attr = (attrs: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

/** Is this <text> a halo: white fill and white stroke? */
function isHalo(attrs: string): boolean {
  const white = (v: string | undefined) => v !== undefined && /^(#fff(fff)?|white)$/i.test(v);
  return white(attr(attrs, 'fill')) && white(attr(attrs, 'stroke'));
}

/** The lines of a <text>'s content: plain text, or <tspan>s (x="0" dy="…" start a new line). */
function linesOf(content: string): Array<{ text: string; dy: number }> {
  if (!content.includes('<tspan')) return [{ text: decode(content), dy: 0 }];
  const out: Array<{ text: string; dy: number }> = [];
  let y = 0;
  for (const m of content.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)) {
    y += Number(attr(m[1] ?? '', 'dy') ?? 0) || 0;
    out.push({ text: decode(m[2] ?? ''), dy: y });
  }
  return out;
}

/** Outlines of one line of text at the origin, `anchor` as in SVG, y down. */
export function linePath(text: string, font: fontkit.Font, size: number, anchor: string, dy: number): string {
  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  const width = run.advanceWidth * scale;
  let x = anchor === 'middle' ? -width / 2 : anchor === 'end' ? -width : 0;
  let d = '';
  run.glyphs.forEach((g, i) => {
    const pos = run.positions[i];
    const gx = x + (pos?.xOffset ?? 0) * scale;
    const gy = dy - (pos?.yOffset ?? 0) * scale;
    d += g.path.transform(scale, 0, 0, -scale, gx, gy).toSVG();
    x += (pos?.xAdvance ?? g.advanceWidth) * scale;
  });
  return d;
}

const ROUND = (d: string) => d.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));

/** The SVG with every halo <text> replaced by a <path> of its outlines, in the face it would be drawn in. */
export function haloTextToPaths(svg: string, face: (bold: boolean) => fontkit.Font): string {
  return svg.replace(/<text(\s[^>]*)>([\s\S]*?)<\/text>/g, (whole, attrs: string, content: string) => {
    if (!isHalo(attrs)) return whole;
    const size = Number.parseFloat(attr(attrs, 'font-size') ?? '10') || 10;
    const anchor = attr(attrs, 'text-anchor') ?? 'start';
    const weight = attr(attrs, 'font-weight') ?? '';
    const font = face(weight === 'bold' || Number(weight) >= 600);
    const d = linesOf(content)
      .map((l) => linePath(l.text, font, size, anchor, l.dy))
      .join('');
    const x = attr(attrs, 'x');
    const y = attr(attrs, 'y');
    const transform = [attr(attrs, 'transform'), x !== undefined || y !== undefined ? `translate(${x ?? 0},${y ?? 0})` : undefined].filter((t) => t !== undefined).join(' ');
    const keep = ['fill', 'stroke', 'stroke-opacity', 'stroke-width', 'stroke-linejoin', 'opacity', 'fill-opacity']
      .map((k) => [k, attr(attrs, k)] as const)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return `<path${transform ? ` transform="${transform}"` : ''}${keep} d="${ROUND(d)}"/>`;
  });
}
