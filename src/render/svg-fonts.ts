/**
 * svg-to-pdfkit tells its fontCallback only whether a text is bold (font-weight="bold") or italic.
 * Numeric weights (600, 700, …) would silently come out regular, so they are spelled "bold" first.
 */
export function normaliseSvgWeights(svg: string): string {
  return svg
    .replace(/font-weight="(\d+)"/g, (m, w: string) => (Number(w) >= 600 ? 'font-weight="bold"' : m))
    .replace(/font-weight:\s*(\d+)/g, (m, w: string) => (Number(w) >= 600 ? 'font-weight: bold' : m));
}
