/**
 * `bulletin build`: the stages in order.
 *
 *   CSV inputs ──loadDataset (ingest + validate)──▶ Dataset per instrument ──▶ validation.json
 *        │                                              │  (--strict: any rejected row → exit 1)
 *   templates/*.json ──zod + registry check──▶ Template │
 *        │                                              ▼
 *        │                          computeIndicators (country, period, min-cell) ──▶ ResultRow[]
 *        ▼                                              │
 *   per bulletin × language (one render job each, on worker threads — render-pool.ts):
 *                             composeBulletin ──▶ DocModel (figures without SVG) + FigurePlans
 *        │   per figure: ChartInput ─toVegaLite─▶ spec ─renderSvg─▶ SVG ─renderPng─▶ PNG
 *        │               result rows ─▶ tables/<figure-id>.csv|json (formula-safe CSV)
 *        ▼
 *   layoutDocument ─▶ renderPdf ─▶ <lang>/NN-slug.pdf
 *        ▼
 *   manifest.json (sha256 of every file) ─▶ atomic swap of the temporary directory into --out
 *
 * Nothing here writes to the terminal: messages and progress go through `hooks`.
 */
import type { Dataset } from '../model/dataset.js';
import { basename } from 'node:path';
import { withAtomicOut } from './atomic-out.js';
import { sha256File } from './load.js';
import type { BuildOptions } from './build-options.js';
import type { ResolvedInputs } from './inputs.js';
import { makeManifest, manifestJson, type InputEntry, type Manifest } from './manifest.js';
import { OutputWriter } from './output-writer.js';
import { prepare, type Loaded } from './prepare.js';
import type { RenderJob } from './render-job.js';
import { defaultPoolSize, runJobs } from './render-pool.js';

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

export async function build(
  opts: BuildOptions,
  cwd: string,
  hooks: BuildHooks = {},
  env: Record<string, string | undefined> = {},
): Promise<BuildSummary> {
  const log = hooks.log ?? (() => undefined);
  const p = await prepare(opts, cwd, log);
  const { todo, inputs, loaded, skipped, period, rejected } = p;
  const sources = Object.values(loaded).flatMap((l) => l.dataset.sources);

  // 4. Compose, draw, lay out (on worker threads when there are several jobs) and write — all
  //    inside a temporary directory.
  const jobs: RenderJob[] = todo.flatMap((t) => opts.langs.map((lang, i) => ({ input: p.composeInput(t, lang), tables: i === 0 })));
  const total = jobs.length;
  return withAtomicOut(
    opts.out,
    async (tmp) => {
      const w = new OutputWriter(tmp);
      const results = await runJobs(jobs, {
        size: defaultPoolSize(jobs.length, env),
        onStart: (i) => hooks.progress?.(i, total, `${jobs[i]!.input.lang}/${jobs[i]!.input.template.id}.pdf`),
      });
      let charts = 0;
      for (const files of results) {
        for (const f of files) {
          await w.write(f.path, f.data, f.meta);
          if (f.meta.type === 'chart') charts += 1;
        }
      }
      const done = total;
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
          rates: opts.rates ? { file: basename(opts.rates), sha256: await sha256File(opts.rates) } : 'bundled',
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

