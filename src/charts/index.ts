/**
 * Charts: chart-ready input → Vega-Lite spec → SVG (→ PNG).
 *
 *   const spec = toVegaLite({ id, type: 'hbar', lang: 'ru', valueKind: 'share', rows });
 *   const svg = await renderSvg(spec);        // vega and vega-lite load here, on first use
 *   const png = renderPng(svg, { scale: 2 }); // resvg loads here, on first use
 *
 * The SVG uses font-family "Noto Sans" with font-weight "bold" where bold; its width and height
 * are in points. Embed it in the PDF with the faces of FONT_FILES.
 */
export type { ChartInput, ChartRow, ChartType, ValueKind, PaletteName } from './types.js';
export { CHART_TYPES } from './types.js';
export { toVegaLite } from './spec.js';
export { renderSvg, compileToVega, type VegaLiteTopLevelSpec } from './render-svg.js';
export { renderPng, type PngOptions } from './render-png.js';
export { FONT_FILES, FONT_FAMILY, faceFor, type FontFace } from './fonts.js';
export { IOM_BLUE, CATEGORICAL } from './palette.js';
