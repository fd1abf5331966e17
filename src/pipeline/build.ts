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
import type { ResultRow } from '../analyse/result.js';
import { basename, join, relative, sep } from 'node:path';
import { homedir } from 'node:os';
import { checkOutDir } from '../fs/out-guard.js';
import { envError, isSystemError } from '../fs/env-error.js';
import { readFile } from 'node:fs/promises';
import { isFigureTable, isNarrativeTable, type Baseline } from './baseline.js';
import { changesCsv, changesJson, computeChanges, withNarrative } from './changes.js';
import type { NarrativeTable } from './narrative-table.js';
import type { FigureTable } from './figure-table.js';
import { msg } from '../messages/index.js';
import { withAtomicOut } from './atomic-out.js';
import { sha256OfFile } from '../fs/hash.js';
import type { BuildOptions } from './build-options.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { resolveInputs, type ResolvedInputs } from './inputs.js';
import { makeManifest, manifestJson, type BaselineEntry, type InputEntry, type Manifest, type OutputEntry } from './manifest.js';
import { OutputWriter } from './output-writer.js';
import { disclosureSummary } from './sdc-summary.js';
import { prepare, type Prepared } from './prepare.js';
import { validationJson } from './validation-report.js';
import type { LoadedTemplate } from '../compose/load-templates.js';
import type { Lang } from '../i18n/lang.js';
import { findingsOf, type JobFile, type RenderJob } from './render-job.js';
import type { ChartFormat } from './build-options.js';
import { hasFingerprint, markFingerprint, pruneRendered, readRendered, renderCacheDir, renderKey, writeRendered, type RenderCache } from '../cache/render-cache.js';
import { renderFingerprint } from '../cache/render-fingerprint.js';
import { compareFindings, type Finding } from '../check/finding.js';
import { DataError } from '../errors.js';
import { defaultPoolSize, isCancelled, RenderPool } from './render-pool.js';

export interface BuildHooks {
  /** A message for the user (skipped bulletins, rejected rows). */
  log?: (message: string) => void;
  /** Progress: `done` of `total` steps, the step just started. */
  progress?: (done: number, total: number, what: string) => void;
  /** A warning for the user (the publication check's findings); default: `log`. */
  warn?: (message: string) => void;
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
  /** What the publication check found on the pages (check/); empty when all is well. */
  findings: Finding[];
}

export async function build(
  opts: BuildOptions,
  cwd: string,
  hooks: BuildHooks = {},
  env: Record<string, string | undefined> = {},
): Promise<BuildSummary> {
  // Before any work: an --out that the swap must not replace is refused (fs/out-guard.ts).
  const inputs = resolveInputs(opts, cwd);
  await checkOutDir({
    given: opts.outGiven ?? opts.out,
    out: opts.out,
    cwd,
    home: env.HOME ?? homedir(),
    packageRoot: PACKAGE_ROOT,
    protect: [...inputs.survey, ...inputs.assistance, ...[opts.mapping, opts.rates, opts.configFile].filter((f): f is string => f !== undefined)],
  });
  // The render threads start first: they load vega, resvg, pdfkit and the fonts while this thread
  // reads and validates the data.
  // With a render cache that already holds drawings of this code, they start only when a job misses.
  const cache = opts.cache && opts.cacheDir ? { dir: renderCacheDir(opts.cacheDir), fingerprint: renderFingerprint() } : undefined;
  const pool = new RenderPool(defaultPoolSize(opts.bulletins.length * opts.langs.length, env), { lazy: cache !== undefined && hasFingerprint(cache) });
  try {
    const summary = await buildWith(pool, opts, cwd, hooks, cache);
    if (cache) await pruneRendered(cache, () => undefined);
    return summary;
  } catch (e) {
    // a full disk, a read-only file system, … while writing: exit 2 with the path and the cause
    if (isSystemError(e)) throw envError('write', (e as NodeJS.ErrnoException).path ?? opts.out, e);
    throw e;
  } finally {
    await pool.close();
  }
}

async function buildWith(pool: RenderPool, opts: BuildOptions, cwd: string, hooks: BuildHooks, cache: RenderCache | undefined): Promise<BuildSummary> {
  const log = hooks.log ?? (() => undefined);
  // Each instrument's results are computed when its first job needs them: the assistance bulletin is
  // drawn while the survey's disclosure control runs. When they are not in the protected-results
  // cache, the drawings will not all be in the render cache either: the render threads start then.
  const p = await prepare(opts, cwd, log, { defer: true, onMiss: () => pool.warm() });
  const { todo, inputs, loaded, skipped, period, rejected } = p;
  const sources = Object.values(loaded).flatMap((l) => l.dataset.sources);

  // 4. Compose, draw, lay out (on worker threads when there are several jobs) and write — all
  //    inside a temporary directory.
  const jobs = todo.flatMap((t) => opts.langs.map((lang, i) => ({ t, lang, tables: i === 0 })));
  const total = jobs.length;
  return withAtomicOut(
    opts.out,
    async (tmp) => {
      const w = new OutputWriter(tmp);
      const { written, findings } = await renderAll(pool, jobs, p, w, hooks, { formats: opts.formats, cache });
      // 5. The publication check (check/): every finding is a warning; --strict publishes nothing.
      for (const f of findings) (hooks.warn ?? log)(msg.check.finding(f.bulletin, f.lang, f.page, f.figure, f.rule, f.message));
      if (findings.length > 0) (hooks.warn ?? log)(msg.check.summary(findings.length));
      if (opts.strict && findings.length > 0) throw new DataError('strict', msg.check.strictFailed(findings.length));
      let charts = 0;
      for (const entries of written) {
        w.record(entries);
        charts += entries.filter((e) => e.type === 'chart').length;
      }
      const baselineEntry = p.baseline ? await writeChanges(p.baseline, w, tmp, hooks) : undefined;
      const done = total;
      hooks.progress?.(done, total, 'manifest.json');
      await w.write('validation.json', validationJson(Object.values(loaded), inputs, p.conversion, findings), { type: 'report', format: 'json' });
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
          formats: opts.formats,
          rates: opts.rates ? { file: basename(opts.rates), sha256: await sha256OfFile(opts.rates) } : 'bundled',
          samples: inputs.samples,
          ...(p.content ? { content: contentShown(p.content.dir, cwd) } : {}),
        },
        skipped,
        ...(baselineEntry ? { baseline: baselineEntry } : {}),
        ...(p.content ? { content: p.content.files } : {}),
        ...(p.conversion
          ? {
              conversion: {
                annualAverage: p.conversion.annual,
                notConverted: p.conversion.missing,
                notConvertedAmounts: p.conversion.missing.reduce((a, m) => a + m.amounts, 0),
              },
            }
          : {}),
        publicationCheck: { findings: findings.length, byRule: countByRule(findings) },
        disclosure: disclosureSummary(p, opts.minCell, todo.map((t) => t.template.number)),
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
        findings,
      };
    },
    hooks.beforeSwap ? { beforeSwap: hooks.beforeSwap } : {},
  );
}

interface JobSlot {
  t: LoadedTemplate;
  lang: Lang;
  /** The tables are written with the bulletin's first language. */
  tables: boolean;
}

/**
 * Queues every job and writes its files as soon as it is done; returns the entries of each job in
 * job order, whatever order they finished in. The instrument with fewer rows goes first: its
 * indicators are computed (in this thread, when its first job is composed) sooner, and its jobs
 * keep the render threads busy while the other instrument's indicators are computed; within an
 * instrument, the bulletins with more figures go first (the threads then finish close together).
 */
async function renderAll(
  pool: RenderPool,
  jobs: readonly JobSlot[],
  p: Prepared,
  w: OutputWriter,
  hooks: BuildHooks,
  how: { formats: readonly ChartFormat[]; cache: RenderCache | undefined },
): Promise<{ written: OutputEntry[][]; findings: Finding[] }> {
  const found: Finding[][] = jobs.map(() => []);
  const { cache } = how;
  // The results of an instrument are hashed once for the keys of all its jobs.
  const digests = new Map<unknown, string>();
  const digestOf = (rows: unknown) => {
    let d = digests.get(rows);
    // the protected-results key stands for the rows' content (pipeline/protected-results.ts)
    if (d === undefined) digests.set(rows, (d = p.resultsKey(rows as ResultRow[]) ?? renderKey(cache!, 'job', rows)));
    return d;
  };
  const drawn = async (job: RenderJob, onStart: () => void): Promise<JobFile[]> => {
    if (!cache) return pool.run(job, onStart);
    const { results, ...rest } = job.input;
    const key = renderKey(cache, 'job', { input: rest, results: digestOf(results), tables: job.tables, formats: job.formats });
    const hit = await readRendered(cache, key, () => undefined);
    if (hit) {
      onStart();
      return hit as JobFile[];
    }
    markFingerprint(cache);
    const files = await pool.run(job, onStart);
    await writeRendered(cache, key, files, () => undefined);
    return files;
  };
  const rows = (j: JobSlot) => p.loaded[j.t.template.population]!.dataset.sources.reduce((n, s) => n + s.rows, 0);
  // Within an instrument, the jobs with the most figures to draw first: the last jobs taken are the
  // shortest, so that the threads finish close together.
  const figures = (j: JobSlot) => j.t.template.figures.length + j.t.template.regional.figures.length;
  const order = jobs.map((j, i) => ({ i, rows: rows(j), figures: figures(j) })).sort((a, b) => a.rows - b.rows || b.figures - a.figures || a.i - b.i);
  const written: Array<Promise<OutputEntry[]>> = [];
  let failed = false;
  let started = 0;
  let settled: Array<PromiseSettledResult<OutputEntry[]>> = [];
  try {
    for (const { i } of order) {
      if (failed) break;
      const j = jobs[i]!;
      await p.ready(j.t.template.population).catch((e: unknown) => {
        failed = true;
        pool.cancel();
        throw e;
      });
      const job: RenderJob = { input: p.composeInput(j.t, j.lang), tables: j.tables, formats: how.formats, cache };
      const what = `${j.lang}/${j.t.template.id}.pdf`;
      const files = drawn(job, () => hooks.progress?.(started++, jobs.length, what));
      written[i] = files.then((all) => {
        const { files: f, findings } = findingsOf(all);
        found[i] = findings;
        return failed ? [] : w.writeAll(f);
      });
      written[i].catch(() => {
        // The first failure stops the jobs not yet started; its error is thrown below.
        failed = true;
        pool.cancel();
      });
      // Let finished jobs be written while the next instrument's indicators are computed.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // Every input is composed: this thread may now draw queued jobs beside the workers.
    pool.allQueued();
  } finally {
    // Nothing may still be writing into the temporary directory when the build fails.
    settled = await Promise.allSettled(written);
  }
  const errors = settled.flatMap((r) => (r.status === 'rejected' && !isCancelled(r.reason) ? [r.reason as unknown] : []));
  if (errors.length > 0) throw errors[0];
  if (failed) throw new Error('render jobs cancelled');
  return { written: settled.map((r) => (r.status === 'fulfilled' ? r.value : [])), findings: found.flat().sort(compareFindings) };
}

/** tables/changes.csv|json: this round against the baseline, from the tables just written. */
async function writeChanges(b: Baseline, w: OutputWriter, tmp: string, hooks: BuildHooks): Promise<BaselineEntry> {
  const current = new Map<string, FigureTable>();
  const narrative = new Map<string, NarrativeTable>();
  for (const e of w.entries) {
    if (isFigureTable(e)) {
      const t = JSON.parse(await readFile(join(tmp, e.path), 'utf8')) as FigureTable;
      current.set(t.figure, t);
    } else if (isNarrativeTable(e)) {
      const t = JSON.parse(await readFile(join(tmp, e.path), 'utf8')) as NarrativeTable;
      narrative.set(t.template, t);
    }
  }
  const c = computeChanges(withNarrative(current, narrative), withNarrative(b.tables, b.narrative));
  const entry = { path: b.dir, manifestSha256: b.manifestSha256, tool: b.manifest.tool, period: b.manifest.period };
  await w.write('tables/changes.csv', changesCsv(c), { type: 'table', format: 'csv' });
  await w.write('tables/changes.json', changesJson(c, { path: b.dir, manifestSha256: b.manifestSha256, period: b.manifest.period }), { type: 'table', format: 'json' });
  const compared = c.rows.filter((r) => r.difference !== null).length;
  const significant = c.rows.filter((r) => r.significant === true).length;
  hooks.log?.(msg.compare.baselineUsed(b.dir, compared, significant));
  return { ...entry, compared, significant };
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

function countByRule(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.rule] = (out[f.rule] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The content folder as recorded in the manifest: relative to the working directory, `/`-separated. */
function contentShown(dir: string, cwd: string): string {
  const r = relative(cwd, dir);
  return r === '' ? '.' : r.startsWith('..') ? basename(dir) : r.split(sep).join('/');
}
