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
  png: Uint8Array;
  width: number;
  height: number;
}

export async function drawChart(input: ChartInput): Promise<DrawnChart> {
  const { toVegaLite } = await import('../charts/spec.js');
  return drawSpec(toVegaLite(input));
}

/** A coverage map of one country (geo/map-spec.ts), drawn like a chart. */
export async function drawMap(map: MapInput, lang: Lang): Promise<DrawnChart> {
  const { mapSpec } = await import('../geo/map-spec.js');
  return drawSpec(mapSpec(map.country, map.counts, lang, { measure: map.measure }));
}

async function drawSpec(spec: VegaLiteTopLevelSpec): Promise<DrawnChart> {
  const [{ renderSvg }, { renderPng }] = await Promise.all([import('../charts/render-svg.js'), import('../charts/render-png.js')]);
  const svg = await renderSvg(spec);
  const png = renderPng(svg);
  return { spec, svg, png, width: sizeOf(svg, 'width'), height: sizeOf(svg, 'height') };
}

function sizeOf(svg: string, attr: 'width' | 'height'): number {
  const m = new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)`).exec(svg);
  return m ? Number(m[1]) : 0;
}
