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
import { loadRegistry } from '../analyse/registry.js';
import type { ResultRow } from '../analyse/result.js';
import { composeBulletin } from '../compose/document.js';
import type { IndicatorInfo } from '../compose/indicator-info.js';
import type { ComposeInput, SectionFacts } from '../compose/input.js';
import { loadTemplates, type LoadedTemplate } from '../compose/load-templates.js';
import { DataError, UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import type { Issue } from '../model/issue.js';
import type { Dataset } from '../model/dataset.js';
import type { DocModel, FigureBlock } from '../render/model.js';
import type { InstrumentKind } from '../schema/types.js';
import { withAtomicOut } from './atomic-out.js';
import type { BuildOptions } from './build-options.js';
import { drawChart } from './draw-chart.js';
import { factsOf, periodOf } from './facts.js';
import { figureTable, figureTableCsv, figureTableJson } from './figure-table.js';
import { resolveInputs, type ResolvedInputs } from './inputs.js';
import { makeManifest, manifestJson, type InputEntry, type Manifest } from './manifest.js';
import { OutputWriter } from './output-writer.js';

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

interface Loaded {
  kind: InstrumentKind;
  dataset: Dataset;
  issues: Issue[];
  truncated: boolean;
}

export async function build(opts: BuildOptions, cwd: string, hooks: BuildHooks = {}): Promise<BuildSummary> {
  const log = hooks.log ?? (() => undefined);
  const registry = loadRegistry();
  const info = new Map<string, IndicatorInfo>(registry.map((r) => [r.id, r]));
  const templates = loadTemplates(new Set(info.keys()));
  const inputs = resolveInputs(opts, cwd);

  // 1. Ingest and validate.
  const loaded: Partial<Record<InstrumentKind, Loaded>> = {};
  for (const kind of ['survey', 'assistance'] as const) {
    const files = inputs[kind];
    if (files.length === 0) continue;
    const { loadDataset } = await import('./load.js');
    const r = await loadDataset({ files, kind, ...(opts.mapping ? { mapping: opts.mapping } : {}) });
    loaded[kind] = { kind, dataset: r.dataset, issues: r.issues, truncated: r.truncated };
    for (const s of r.dataset.sources) if (s.rejected > 0) log(msg.build.rejected(inputs.display.get(s.path) ?? s.path, s.rejected, s.rows));
  }
  const sources = Object.values(loaded).flatMap((l) => l.dataset.sources);
  const rejected = sources.reduce((s, x) => s + x.rejected, 0);
  if (opts.strict && rejected > 0) throw new DataError('strict', msg.build.strictFailed(rejected));

  // 2. What can be built.
  const filter = { countries: opts.countries, period: opts.period };
  const facts: Partial<Record<InstrumentKind, SectionFacts[]>> = {};
  for (const l of Object.values(loaded)) facts[l.kind] = factsOf(l.dataset, filter);
  const skipped: BuildSummary['skipped'] = [];
  const todo: LoadedTemplate[] = [];
  for (const t of templates.filter((x) => opts.bulletins.includes(x.template.number))) {
    const kind = t.template.population;
    const title = t.template.title.en;
    if (!loaded[kind]) {
      skipped.push({ bulletin: t.template.number, reason: `no ${kind} input` });
      log(msg.build.skipped(t.template.number, title, kind));
    } else if ((facts[kind] ?? []).length === 0) {
      skipped.push({ bulletin: t.template.number, reason: 'no accepted rows for the chosen countries and period' });
      log(msg.build.skippedNoRows(t.template.number, title));
    } else todo.push(t);
  }
  if (todo.length === 0) throw new UsageError('nothing-to-build', msg.build.nothingToBuild());
  const period = periodOf(...todo.map((t) => facts[t.template.population] ?? []))!;

  // 3. Indicators, once per instrument.
  const results: Partial<Record<InstrumentKind, ResultRow[]>> = {};
  const { computeIndicators } = await import('../analyse/indicators.js');
  for (const kind of new Set(todo.map((t) => t.template.population))) {
    const l = loaded[kind]!;
    results[kind] = computeIndicators(l.dataset, {
      minCell: opts.minCell,
      registry,
      ...(opts.countries !== 'all' ? { country: opts.countries } : {}),
      ...(opts.period ? { period: opts.period } : {}),
    });
  }

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
        const kind = t.template.population;
        const l = loaded[kind]!;
        const f = facts[kind]!;
        for (const lang of opts.langs) {
          hooks.progress?.(done, total, `${lang}/${t.template.id}.pdf`);
          const input: ComposeInput = {
            template: t.template,
            titles: templates.map((x) => ({ number: x.template.number, title: x.template.title })),
            lang,
            kind,
            countries: f.map((x) => x.country),
            results: results[kind]!,
            registry: info,
            facts: f,
            period,
            minCell: opts.minCell,
            weighted: l.dataset.weighted,
            rowsRead: l.dataset.sources.reduce((s, x) => s + x.rows, 0),
            rejected: l.dataset.sources.reduce((s, x) => s + x.rejected, 0),
          };
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
            if (!plan.data.chart) continue;
            const drawn = await drawChart(plan.data.chart);
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
        warnings: sources.reduce((s, x) => s + x.warnings, 0),
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

