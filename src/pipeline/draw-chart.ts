/**
 * Draws one chart: ChartInput → Vega-Lite spec → SVG (and the drawing the PDF draws) → PNG. vega, vega-lite and resvg are loaded
 * on the first call (charts/), once per process.
 */
import type { VegaLiteTopLevelSpec } from '../charts/render-svg.js';
import type { ChartInput } from '../charts/types.js';
import type { MapInput } from '../compose/figure-data.js';
import type { Lang } from '../i18n/lang.js';
import type { FigureDrawing } from '../charts/drawing.js';

export interface DrawnChart {
  spec: unknown;
  svg: string;
  /** What the chart draws, for the PDF (charts/drawing.ts). */
  drawing: FigureDrawing;
  /** Null when no PNG was asked for (`--formats` without png). */
  png: Uint8Array | null;
  width: number;
  height: number;
}

export async function drawChart(input: ChartInput, png = true): Promise<DrawnChart> {
  const { toVegaLite } = await import('../charts/spec.js');
  return drawSpec(toVegaLite(input), png);
}

/** A coverage map of one country (geo/map-spec.ts), drawn like a chart. */
export async function drawMap(map: MapInput, lang: Lang, png = true): Promise<DrawnChart> {
  const { mapSpec } = await import('../geo/map-spec.js');
  return drawSpec(mapSpec(map.country, map.counts, lang, { measure: map.measure, ...(map.width ? { width: map.width } : {}), ...(map.asOf ? { asOf: map.asOf } : {}) }), png);
}

async function drawSpec(spec: VegaLiteTopLevelSpec, withPng: boolean): Promise<DrawnChart> {
  const { renderChart } = await import('../charts/render-svg.js');
  const { svg, width, height, drawing } = await renderChart(spec, true);
  const png = withPng ? (await import('../charts/render-png.js')).renderPng(svg) : null;
  return { spec, svg, drawing: drawing!, png, width, height };
}
