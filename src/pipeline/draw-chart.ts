/**
 * Draws one chart: ChartInput → Vega-Lite spec → SVG → PNG. vega, vega-lite and resvg are loaded
 * on the first call (charts/), once per process.
 */
import type { ChartInput } from '../charts/types.js';

export interface DrawnChart {
  spec: unknown;
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

export async function drawChart(input: ChartInput): Promise<DrawnChart> {
  const [{ toVegaLite }, { renderSvg }, { renderPng }] = await Promise.all([
    import('../charts/spec.js'),
    import('../charts/render-svg.js'),
    import('../charts/render-png.js'),
  ]);
  const spec = toVegaLite(input);
  const svg = await renderSvg(spec);
  const png = renderPng(svg);
  return { spec, svg, png, width: sizeOf(svg, 'width'), height: sizeOf(svg, 'height') };
}

function sizeOf(svg: string, attr: 'width' | 'height'): number {
  const m = new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)`).exec(svg);
  return m ? Number(m[1]) : 0;
}
