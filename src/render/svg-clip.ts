/**
 * Vega clips a map's layers with `<g clip-path="url(#clipN)">` and a rectangle in `<defs>`.
 * svg-to-pdfkit draws such a clip as a luminosity soft mask, after working out the bounding box of
 * everything in the group (for a map: every vertex of every region, once per layer). That costs
 * more than drawing the map, and a soft mask is also slow to display. A rectangle clip is the same
 * as a nested viewport with `overflow="hidden"`, which svg-to-pdfkit draws as a plain clipping path
 * (`W n`): each such group is wrapped in an `<svg>` of the rectangle's size, at its place.
 *
 * Only a group without a transform of its own and a clip path made of one rectangle is rewritten
 * (the only kind Vega writes); anything else is left as it was.
 */

const CLIP_RECT = /<clipPath id="([^"]+)"><rect x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"\/><\/clipPath>/g;
const CLIPPED_GROUP = /<g\b([^>]*?) clip-path="url\(#([^"]+)\)"([^>]*)>/g;

export function clipRectsToViewports(svg: string): string {
  if (!svg.includes('clip-path=')) return svg;
  const rects = new Map<string, string>();
  for (const m of svg.matchAll(CLIP_RECT)) {
    const [, id, x, y, w, h] = m as unknown as [string, string, string, string, string, string];
    rects.set(id, `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}" overflow="hidden">`);
  }
  if (rects.size === 0) return svg;
  let out = '';
  let from = 0;
  // Where each wrapped group ends: the index just after its `</g>`, in the input.
  const closers: number[] = [];
  for (const m of svg.matchAll(CLIPPED_GROUP)) {
    const [tag, before, id, after] = m as unknown as [string, string, string, string];
    const open = rects.get(id);
    const start = m.index;
    if (!open || /\stransform=/.test(before + after) || start < from) continue;
    const end = closingTagEnd(svg, start + tag.length);
    if (end < 0) continue;
    out += svg.slice(from, start) + open + `<g${before}${after}>`;
    from = start + tag.length;
    closers.push(end);
    // Groups are wrapped one after the other (Vega does not nest clipped groups): copy up to the end.
    out += svg.slice(from, end) + '</svg>';
    from = end;
  }
  return closers.length === 0 ? svg : out + svg.slice(from);
}

/** The index just after the `</g>` that closes a group whose opening tag ends at `from`, or -1. */
function closingTagEnd(svg: string, from: number): number {
  const tags = /<g[\s>]|<\/g>/g;
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(svg); m; m = tags.exec(svg)) {
    depth += m[0] === '</g>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
