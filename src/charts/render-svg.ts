/**
 * Vega-Lite spec → SVG, in Node, without node-canvas: compile with vega-lite, run a headless Vega
 * View, serialise with `toSVG()`. Text is measured with fontkit on the PDF's font (text-metrics.ts).
 * vega and vega-lite are imported on first use, so commands that draw nothing never load them.
 *
 * Deterministic: no random ids (Vega's clip/gradient counters are reset before each render), no
 * clock; the same spec gives the same SVG string.
 */
import type { TopLevelSpec } from 'vega-lite';
import { BulletinError, EXIT } from '../errors.js';
import { installFontMetrics, type VegaTextMetrics } from './text-metrics.js';
import { recordDrawing, type FigureDrawing } from './drawing.js';
import { bindTemplate, templateOf } from './compile-template.js';

export type VegaLiteTopLevelSpec = TopLevelSpec;

export interface CompiledChart {
  /** The Vega spec. */
  vega: unknown;
  /** Warnings from vega-lite's compiler (a golden-tested spec should have none). */
  warnings: string[];
}

function stringify(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

/**
 * A compiled chart shape (compile-template.ts): its Vega spec, with placeholders for the chart's
 * data and description, and that spec parsed into a Vega runtime once it is first drawn.
 */
interface Shape {
  vega: unknown;
  /** Parsed on first use; null when the parse failed. */
  runtime?: unknown;
}

/** Compiled chart shapes of this thread, by template; null for a shape compiled chart by chart. */
const compiledShapes = new Map<string, Shape | null>();
/** Shapes kept before the cache starts afresh (a build has a few hundred). */
const SHAPES_LIMIT = 2_000;

/** The compiled shape of a template (compiling it the first time), or null when it must not be used. */
async function shapeOf(key: string, templateSpec: unknown): Promise<Shape | null> {
  let shape = compiledShapes.get(key);
  if (shape === undefined) {
    const c = await compileNow(templateSpec as VegaLiteTopLevelSpec).catch(() => null);
    // a shape whose compile warns or fails is compiled chart by chart (its messages are the chart's)
    shape = c && c.warnings.length === 0 ? { vega: c.vega } : null;
    if (compiledShapes.size >= SHAPES_LIMIT) compiledShapes.clear();
    compiledShapes.set(key, shape);
  }
  return shape;
}

/**
 * Compiles a Vega-Lite spec to Vega, collecting the compiler's warnings instead of printing them.
 * A chart of a shape compiled before gets that shape's Vega spec with its own data
 * (compile-template.ts): the same spec a compile gives, without compiling again.
 */
export async function compileToVega(spec: VegaLiteTopLevelSpec): Promise<CompiledChart> {
  const t = templateOf(spec);
  if (t) {
    const shape = await shapeOf(t.key, t.spec);
    const vega = shape === null ? null : bindTemplate(shape.vega, t.slots);
    if (vega !== null) return { vega, warnings: [] };
  }
  return compileNow(spec);
}

type VegaModule = typeof import('vega');

/**
 * The Vega runtime of a Vega-Lite spec: what `vega.parse` gives for its compiled Vega spec. A chart
 * of a shape drawn before gets the runtime parsed once from the shape's spec, with its own data and
 * description put back (compile-template.ts's bindTemplate): vega.parse copies both into the
 * runtime without looking at them (data values become a collector's `$ingest`, the description the
 * runtime's own), so that is the runtime parsing the chart's spec gives — test/charts/
 * compile-template.test.ts compares both on every example chart. Any other chart is parsed.
 */
export async function runtimeOf(vega: VegaModule, spec: VegaLiteTopLevelSpec): Promise<unknown> {
  const t = templateOf(spec);
  if (t) {
    const shape = await shapeOf(t.key, t.spec);
    if (shape !== null) {
      if (shape.runtime === undefined) {
        try {
          shape.runtime = vega.parse(shape.vega as never);
        } catch {
          shape.runtime = null; // parsed chart by chart: its error is the chart's
        }
      }
      const runtime = shape.runtime === null ? null : bindTemplate(shape.runtime, t.slots);
      if (runtime !== null) return runtime;
    }
  }
  return vega.parse((await compileToVega(spec)).vega as never);
}

/** Compiles a Vega-Lite spec to Vega (every time: compileToVega compiles each shape once). */
export async function compileNow(spec: VegaLiteTopLevelSpec): Promise<CompiledChart> {
  const vl = await import('vega-lite');
  const warnings: string[] = [];
  const logger = {
    level(): number { return 2; },
    error(...args: unknown[]) { throw new BulletinError('chart_compile', `vega-lite: ${stringify(args)}`, EXIT.INTERNAL); },
    warn(...args: unknown[]) { warnings.push(stringify(args)); return this; },
    info() { return this; },
    debug() { return this; },
  };
  const { spec: vega } = vl.compile(spec, { logger: logger as never });
  return { vega, warnings };
}

/**
 * Rounds numbers with more than 3 decimals inside tags (coordinates, path data) to 3 decimals:
 * `16.999999999999993` → `17`. Text content between tags is left alone.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(/<[^>]*>/g, (tag) =>
    tag.replace(/-?\d+\.\d{4,}/g, (num) => {
      const r = Math.round(Number(num) * 1000) / 1000;
      return String(Object.is(r, -0) ? 0 : r);
    }),
  );
}

/** Renders a Vega-Lite spec to an SVG string (sizes in points: 1 SVG unit = 1 pt in the PDF). */
export async function renderSvg(spec: VegaLiteTopLevelSpec): Promise<string> {
  return (await renderChart(spec, false)).svg;
}

/** A chart's SVG and its size in points, from its `<svg>` tag. */
export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
  /** What the same scene draws, for the PDF (drawing.ts); only when asked for. */
  drawing?: FigureDrawing;
}

function sizeOf(svg: string, attr: 'width' | 'height'): number {
  const m = new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)`).exec(svg);
  return m ? Number(m[1]) : 0;
}

/**
 * Renders a Vega-Lite spec to SVG and, with `drawing`, records what the same scene draws for the
 * PDF: one compile and one dataflow run for both.
 */
export async function renderChart(spec: VegaLiteTopLevelSpec, drawing: boolean): Promise<RenderedChart> {
  const vega = await import('vega');
  const runtime = await runtimeOf(vega, spec);
  // vega-typings do not declare textMetrics, which vega exports from vega-scenegraph.
  installFontMetrics((vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics);
  const problems: string[] = [];
  const logger = vega.logger(vega.Warn, undefined, (_method: string, level: string, input: readonly unknown[]) => {
    problems.push(`${level} ${stringify([...input])}`);
  });
  const view = new vega.View(runtime as never, { renderer: 'none', logger });
  try {
    await view.runAsync();
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    const errors = problems.filter((p) => p.startsWith('ERROR'));
    if (errors.length > 0) throw new BulletinError('chart_render', `vega: ${errors.join('; ')}`, EXIT.INTERNAL);
    const out = roundCoordinates(svg);
    const width = sizeOf(out, 'width');
    const height = sizeOf(out, 'height');
    if (!drawing) return { svg: out, width, height };
    return { svg: out, width, height, drawing: await recordDrawing(view as never, width, height) };
  } finally {
    view.finalize();
  }
}
