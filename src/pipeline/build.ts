/**
 * `bulletin build`: the stages in order.
 *
 *   CSV inputs ──loadDataset (ingest + validate)──▶ Dataset per instrument ──▶ validation.json
 *        │                                              │  (--strict: any rejected row → exit 1)
 *   templates/*.json ──zod + registry check──▶ Template │
 *        │                                              ▼
 *        │                          computeIndicators (country, period, min-cell) ──▶ ResultRow[]
 *        ▼                                              │
 *   per bulletin × language:  composeBulletin ──▶ DocModel (figures without SVG) + FigurePlans
 *        │   per figure: ChartInput ─toVegaLite─▶ spec ─renderSvg─▶ SVG ─renderPng─▶ PNG
 *        │               result rows ─▶ tables/<figure-id>.csv|json (formula-safe CSV)
 *        ▼
 *   layoutDocument ─▶ renderPdf ─▶ <lang>/NN-slug.pdf
 *        ▼
 *   manifest.json (sha256 of every file) ─▶ atomic swap of the temporary directory into --out
 *
 * Nothing here writes to the terminal: messages and progress go through `hooks`.
 */
import { composeBulletin } from '../compose/document.js';
import type { DocModel, FigureBlock } from '../render/model.js';
import type { Dataset } from '../model/dataset.js';
import { withAtomicOut } from './atomic-out.js';
import type { BuildOptions } from './build-options.js';
import { drawChart, drawMap } from './draw-chart.js';
import { figureTable, figureTableCsv, figureTableJson } from './figure-table.js';
import type { ResolvedInputs } from './inputs.js';
import { makeManifest, manifestJson, type InputEntry, type Manifest } from './manifest.js';
import { OutputWriter } from './output-writer.js';
import { prepare, type Loaded } from './prepare.js';

export interface BuildHooks {
  /** A message for the user (skipped bulletins, rejected rows). */
  log?: (message: string) => void;
  /** Progress: `done` of `total` steps, the step just started. */
  progress?: (done: number, total: number, what: string) => void;
  /** Test hook: runs after everything was written, before the swap into --out. */
  beforeSwap?: () => void | Promise<void>;
}

export interface BuildSummary {
  manifest: Manifest;
  out: string;
  pdfs: number;
  charts: number;
  tables: number;
  skipped: Array<{ bulletin: number; reason: string }>;
  rejected: number;
  warnings: number;
}

export async function build(opts: BuildOptions, cwd: string, hooks: BuildHooks = {}): Promise<BuildSummary> {
  const log = hooks.log ?? (() => undefined);
  const p = await prepare(opts, cwd, log);
  const { todo, info, inputs, loaded, skipped, period, rejected } = p;
  const sources = Object.values(loaded).flatMap((l) => l.dataset.sources);

  // 4. Compose, draw, lay out and write — all inside a temporary directory.
  const total = todo.length * opts.langs.length;
  let done = 0;
  return withAtomicOut(
    opts.out,
    async (tmp) => {
      const w = new OutputWriter(tmp);
      const fonts = await loadFonts();
      const tablesDone = new Set<string>();
      let charts = 0;
      for (const t of todo) {
        for (const lang of opts.langs) {
          hooks.progress?.(done, total, `${lang}/${t.template.id}.pdf`);
          const input = p.composeInput(t, lang);
          const { doc, figures } = composeBulletin(input);
          for (const plan of figures) {
            const ind = info.get(plan.indicator)!;
            const meta = { bulletin: t.template.number, figure: plan.id, ...(plan.country ? { country: plan.country } : {}) };
            if (!tablesDone.has(plan.id)) {
              tablesDone.add(plan.id);
              const table = figureTable(plan, ind);
              await w.write(`tables/${plan.id}.csv`, figureTableCsv(table), { type: 'table', format: 'csv', ...meta });
              await w.write(`tables/${plan.id}.json`, figureTableJson(table), { type: 'table', format: 'json', ...meta });
            }
            const drawn = plan.data.chart ? await drawChart(plan.data.chart) : plan.data.map ? await drawMap(plan.data.map, lang) : null;
            if (!drawn) continue;
            const block = doc.blocks[plan.block] as FigureBlock;
            block.svg = drawn.svg;
            block.width = drawn.width;
            block.height = drawn.height;
            const base = `charts/${plan.id}.${lang}`;
            await w.write(`${base}.svg`, drawn.svg, { type: 'chart', format: 'svg', lang, ...meta });
            await w.write(`${base}.png`, drawn.png, { type: 'chart', format: 'png', lang, ...meta });
            await w.write(`${base}.vl.json`, `${JSON.stringify(drawn.spec, null, 2)}\n`, { type: 'chart', format: 'vega-lite', lang, ...meta });
            charts += 3;
          }
          const pdf = await renderDoc(doc, fonts);
          await w.write(`${lang}/${t.template.id}.pdf`, pdf.bytes, {
            type: 'pdf',
            bulletin: t.template.number,
            lang,
            countries: input.countries as string[],
            pages: pdf.pages,
          });
          done += 1;
        }
      }
      hooks.progress?.(done, total, 'manifest.json');
      await w.write('validation.json', validationJson(Object.values(loaded), inputs), { type: 'report', format: 'json' });
      const manifest = makeManifest({
        inputs: inputEntries(sources, inputs),
        period,
        options: {
          bulletins: opts.bulletins,
          countries: opts.countries,
          lang: opts.langs,
          period: opts.period ?? null,
          minCell: opts.minCell,
          strict: opts.strict,
          samples: inputs.samples,
        },
        skipped,
        outputs: w.entries,
      });
      await w.write('manifest.json', manifestJson(manifest), { type: 'report' });
      const pdfs = w.entries.filter((e) => e.type === 'pdf').length;
      const tables = w.entries.filter((e) => e.type === 'table').length;
      return {
        manifest,
        out: opts.out,
        pdfs,
        charts,
        tables,
        skipped,
        rejected,
        warnings: p.warnings,
      };
    },
    hooks.beforeSwap ? { beforeSwap: hooks.beforeSwap } : {},
  );
}

async function loadFonts() {
  const { loadNotoSans } = await import('../render/fonts.js');
  const { fontkitMeasurer } = await import('../render/measure.js');
  const fonts = loadNotoSans();
  return { fonts, measurer: fontkitMeasurer(fonts) };
}

async function renderDoc(doc: DocModel, f: Awaited<ReturnType<typeof loadFonts>>) {
  const { layoutDocument } = await import('../render/layout.js');
  const { renderPdf } = await import('../render/pdf.js');
  const layout = layoutDocument(doc, f.measurer);
  const bytes = await renderPdf(layout, doc, f.fonts);
  return { bytes, pages: layout.pages.length };
}

function inputEntries(sources: Dataset['sources'], inputs: ResolvedInputs): InputEntry[] {
  return sources.map((s) => ({
    path: inputs.display.get(s.path) ?? s.path,
    kind: s.kind,
    sha256: s.sha256,
    rows: s.rows,
    accepted: s.accepted,
    rejected: s.rejected,
  }));
}

function validationJson(loaded: Loaded[], inputs: ResolvedInputs): string {
  const rel = (p: string) => inputs.display.get(p) ?? p;
  const report = {
    inputs: loaded.flatMap((l) =>
      l.dataset.sources.map((s) => ({
        path: rel(s.path),
        kind: s.kind,
        encoding: s.encoding,
        delimiter: s.delimiter,
        rows: s.rows,
        accepted: s.accepted,
        rejected: s.rejected,
        excludedNoConsent: s.excludedNoConsent,
        errors: s.errors,
        warnings: s.warnings,
      })),
    ),
    truncated: loaded.some((l) => l.truncated),
    issues: loaded.flatMap((l) => l.issues.map((i) => ({ ...i, file: rel(i.file) }))),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

