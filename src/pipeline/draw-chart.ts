/**
 * Draws one chart: ChartInput → Vega-Lite spec → SVG → PNG. vega, vega-lite and resvg are loaded
 * on the first call (charts/), once per process.
 */
import type { VegaLiteTopLevelSpec } from '../charts/render-svg.js';
import type { ChartInput } from '../charts/types.js';
import type { MapInput } from '../compose/figure-data.js';
import type { Lang } from '../i18n/lang.js';

export interface DrawnChart {
  spec: unknown;
  svg: string;
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
  const { renderSvg } = await import('../charts/render-svg.js');
  const svg = await renderSvg(spec);
  const png = withPng ? (await import('../charts/render-png.js')).renderPng(svg) : null;
  return { spec, svg, png, width: sizeOf(svg, 'width'), height: sizeOf(svg, 'height') };
}

function sizeOf(svg: string, attr: 'width' | 'height'): number {
  const m = new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)`).exec(svg);
  return m ? Number(m[1]) : 0;
}
