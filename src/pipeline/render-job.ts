/**
 * One bulletin in one language, from its ComposeInput to the files that go into --out: the PDF,
 * every chart (SVG, PNG, Vega-Lite) and, for the first language only, the figures' tables.
 * Returns the files in memory and writes nothing, so that it runs the same in the main thread
 * or in a worker (render-pool.ts).
 */
import type { Finding } from '../check/finding.js';
import { composeBulletin } from '../compose/document.js';
import { byIndicator } from '../analyse/select-rows.js';
import type { PageLayout } from '../render/page-layout.js';
import type { ComposeInput } from '../compose/input.js';
import type { DocModel, FigureBlock } from '../render/model.js';
import type { FontSet } from '../render/fonts.js';
import type { TextMeasurer } from '../render/measure.js';
import { drawChart, drawMap } from './draw-chart.js';
import { figureTable, figureTableCsv, figureTableJson } from './figure-table.js';
import { narrativeJson } from './narrative-table.js';
import type { OutputEntry } from './manifest.js';
import type { ChartFormat } from './build-options.js';
import { readRendered, renderKey, writeRendered, type RenderCache } from '../cache/render-cache.js';
import type { ChartInput } from '../charts/types.js';
import type { MapInput } from '../compose/figure-data.js';
import type { Lang } from '../i18n/lang.js';
import { smallestTextSize, type FigureDrawing } from '../charts/drawing.js';

/**
 * The publication check's findings of a job travel back with its files under this path; the build
 * takes them out (it is never written) and reports them (check/).
 */
const FINDINGS_PATH = '\0findings.json';

export function findingsOf(files: readonly JobFile[]): { files: JobFile[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const rest: JobFile[] = [];
  for (const f of files) {
    if (f.path === FINDINGS_PATH) findings.push(...(JSON.parse(f.data as string) as Finding[]));
    else rest.push(f);
  }
  return { files: rest, findings };
}

export interface RenderJob {
  input: ComposeInput;
  /** Write the tables of the figures (done once per bulletin, with its first language). */
  tables: boolean;
  /** Chart files to write. */
  formats: readonly ChartFormat[];
  /** Where drawn charts are kept and found again (cache/render-cache.ts); none = draw everything. */
  cache?: RenderCache | undefined;
}

export interface JobFile {
  path: string;
  data: string | Uint8Array;
  meta: Omit<OutputEntry, 'path' | 'sha256'>;
}

interface Fonts {
  fonts: FontSet;
  measurer: TextMeasurer;
}

let fontsOnce: Promise<Fonts> | undefined;
/** Fonts are read and parsed once per thread. */
function fonts(): Promise<Fonts> {
  fontsOnce ??= (async () => {
    const { loadNotoSans } = await import('../render/fonts.js');
    const { fontkitMeasurer } = await import('../render/measure.js');
    const f = loadNotoSans();
    return { fonts: f, measurer: fontkitMeasurer(f) };
  })();
  return fontsOnce;
}

/**
 * Loads and exercises what every job needs (warm-up.ts), so that a worker can do it while the main
 * thread still reads the data.
 */
export async function warmUp(): Promise<void> {
  const [f, { warmUp: run }] = await Promise.all([fonts(), import('./warm-up.js')]);
  await run(f);
}

export async function renderJob(job: RenderJob): Promise<JobFile[]> {
  const { input } = job;
  const { lang, template: t } = input;
  const { doc, figures, narrative } = composeBulletin(input);
  const files: JobFile[] = [];
  if (job.tables) {
    files.push({
      path: `tables/${t.id}-narrative.json`,
      data: narrativeJson(t.id, narrative),
      meta: { type: 'table', format: 'json', bulletin: t.number },
    });
  }
  for (const plan of figures) {
    // Between two figures, let the thread handle what is waiting (in the main thread: a worker's
    // finished job, so that it gets its next one now rather than when this whole job is drawn).
    await new Promise<void>((resolve) => setImmediate(resolve));
    const ind = input.registry.get(plan.indicator)!;
    const meta = { bulletin: t.number, figure: plan.id, ...(plan.country ? { country: plan.country } : {}) };
    if (job.tables) {
      const table = figureTable(plan, ind, input.period.to);
      files.push({ path: `tables/${plan.id}.csv`, data: figureTableCsv(table), meta: { type: 'table', format: 'csv', ...meta } });
      files.push({ path: `tables/${plan.id}.json`, data: figureTableJson(table), meta: { type: 'table', format: 'json', ...meta } });
    }
    const drawn = plan.data.chart || plan.data.map ? await drawCached(plan.data.chart ?? undefined, plan.data.map ?? undefined, lang, job) : null;
    if (!drawn) continue;
    const block = doc.blocks[plan.block] as FigureBlock;
    block.svg = drawn.svg;
    block.drawing = drawn.drawing;
    block.textSize = smallestTextSize(drawn.drawing);
    block.width = drawn.width;
    block.height = drawn.height;
    const base = `charts/${plan.id}.${lang}`;
    if (job.formats.includes('svg')) files.push({ path: `${base}.svg`, data: drawn.svg, meta: { type: 'chart', format: 'svg', lang, ...meta } });
    if (job.formats.includes('png') && drawn.png) files.push({ path: `${base}.png`, data: drawn.png, meta: { type: 'chart', format: 'png', lang, ...meta } });
    if (job.formats.includes('vega-lite')) files.push({ path: `${base}.vl.json`, data: drawn.vl, meta: { type: 'chart', format: 'vega-lite', lang, ...meta } });
  }
  const pdf = await renderDoc(doc);
  const { checkPublication } = await import('../check/index.js');
  const { publicationOf } = await import('./publication.js');
  const { textMeasure } = await import('../charts/measure.js');
  const index = byIndicator(input.results);
  const findings = checkPublication(publicationOf(input, doc, figures, pdf.layout, (id) => index.get(id) ?? []), textMeasure());
  files.push({ path: FINDINGS_PATH, data: JSON.stringify(findings), meta: { type: 'report', format: 'json', bulletin: t.number, lang } });
  files.push({
    path: `${lang}/${t.id}.pdf`,
    data: pdf.bytes,
    meta: { type: 'pdf', bulletin: t.number, lang, countries: [...input.countries], pages: pdf.pages },
  });
  return files;
}

async function renderDoc(doc: DocModel): Promise<{ bytes: Uint8Array; pages: number; layout: PageLayout }> {
  const f = await fonts();
  const { layoutDocument } = await import('../render/layout.js');
  const { renderPdf } = await import('../render/pdf.js');
  const layout = layoutDocument(doc, f.measurer);
  const bytes = await renderPdf(layout, doc, f.fonts);
  return { bytes, pages: layout.pages.length, layout };
}

interface Drawn {
  svg: string;
  drawing: FigureDrawing;
  png: Uint8Array | null;
  vl: string;
  width: number;
  height: number;
}

/**
 * A chart or map as drawn before, when the render cache has it (keyed by its input, language and
 * whether a PNG is wanted), else drawn now and kept: its SVG, Vega-Lite, PNG and the drawing the
 * PDF draws the figure from (charts/drawing.ts; JSON, so a cached one draws the same PDF). The cache never changes a byte: a chart's SVG
 * depends on its input alone (charts/render-svg.ts resets Vega's id counters before each drawing).
 */
async function drawCached(chart: ChartInput | undefined, map: MapInput | undefined, lang: Lang, job: RenderJob): Promise<Drawn> {
  const png = job.formats.includes('png');
  const key = job.cache ? renderKey(job.cache, 'chart', { chart, map, lang, png }) : undefined;
  const ignore = () => undefined;
  if (job.cache && key) {
    const hit = await readRendered(job.cache, key, ignore);
    const [svg, vl, drawing, pngFile] = hit ?? [];
    if (
      svg &&
      vl &&
      drawing &&
      typeof svg.data === 'string' &&
      typeof vl.data === 'string' &&
      typeof drawing.data === 'string' &&
      (!png || (pngFile && typeof pngFile.data !== 'string'))
    ) {
      return {
        svg: svg.data,
        drawing: JSON.parse(drawing.data) as FigureDrawing,
        vl: vl.data,
        png: pngFile && typeof pngFile.data !== 'string' ? pngFile.data : null,
        width: Number(svg.meta.width),
        height: Number(svg.meta.height),
      };
    }
  }
  const d = chart ? await drawChart(chart, png) : await drawMap(map!, lang, png);
  const out: Drawn = { svg: d.svg, drawing: d.drawing, png: d.png, vl: `${JSON.stringify(d.spec, null, 2)}\n`, width: d.width, height: d.height };
  if (job.cache && key) {
    await writeRendered(
      job.cache,
      key,
      [
        { path: 'svg', data: out.svg, meta: { width: out.width, height: out.height } },
        { path: 'vl', data: out.vl, meta: {} },
        { path: 'drawing', data: JSON.stringify(out.drawing), meta: {} },
        ...(out.png ? [{ path: 'png', data: out.png, meta: {} }] : []),
      ],
      ignore,
    );
  }
  return out;
}
