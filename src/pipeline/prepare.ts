/**
 * The stages before anything is drawn: options → validated datasets → what can be built →
 * indicator results, and the ComposeInput of each bulletin and language. Pure of output: the
 * golden tests compose from here without rendering.
 */
import { relative } from 'node:path';
import { loadRegistry } from '../analyse/registry.js';
import type { Conversion } from '../analyse/conversions.js';
import type { ResultRow } from '../analyse/result.js';
import type { Disclosure } from '../analyse/sdc/control.js';
import { preloadSolver } from '../analyse/sdc/lp.js';
import type { IndicatorInfo } from '../compose/indicator-info.js';
import type { ComposeInput, SectionFacts } from '../compose/input.js';
import { loadTemplates, type LoadedTemplate } from '../compose/load-templates.js';
import { DataError, UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../messages/index.js';
import type { Dataset } from '../model/dataset.js';
import type { Issue } from '../model/issue.js';
import type { InstrumentKind } from '../schema/types.js';
import type { BuildOptions } from './build-options.js';
import { factsOf, periodOf } from './facts.js';
import { resolveInputs, type ResolvedInputs } from './inputs.js';
import { baselineShares, readBaseline, type Baseline } from './baseline.js';
import { loadContent } from '../content/load.js';
import { protectedCacheDir } from '../cache/protected-cache.js';
import { renderFingerprint } from '../cache/render-fingerprint.js';
import { protectedResults } from './protected-results.js';
import type { LoadedContent } from '../content/types.js';

export interface Loaded {
  kind: InstrumentKind;
  dataset: Dataset;
  issues: Issue[];
  truncated: boolean;
}

export interface Prepared {
  inputs: ResolvedInputs;
  loaded: Partial<Record<InstrumentKind, Loaded>>;
  templates: LoadedTemplate[];
  /** The bulletins to build, in order. */
  todo: LoadedTemplate[];
  skipped: Array<{ bulletin: number; reason: string }>;
  period: { from: string; to: string };
  info: Map<string, IndicatorInfo>;
  /** USD conversion of the bulletins built (null when none shows USD amounts). */
  conversion: Conversion | null;
  rejected: number;
  warnings: number;
  composeInput: (t: LoadedTemplate, lang: Lang) => ComposeInput;
  /** The earlier round given by --baseline. */
  baseline: Baseline | undefined;
  /** The content folder, read and checked (`--content`). */
  content: LoadedContent | undefined;
  /** Disclosure control per instrument (absent with --min-cell 0). */
  disclosure: Partial<Record<InstrumentKind, Disclosure>>;
  /** The same results under the per-table method used before (information loss, manifest). */
  before: Partial<Record<InstrumentKind, ResultRow[]>>;
  /** The results of each instrument built (with `defer`, filled in as `ready` resolves). */
  results: Partial<Record<InstrumentKind, ResultRow[]>>;
  /**
   * Resolves when the instrument's results, disclosure and `before` are in (at once unless
   * prepared with `defer`); rejects when its disclosure audit fails. `composeInput` of a bulletin
   * needs its instrument ready.
   */
  ready: (kind: InstrumentKind) => Promise<void>;
  /** The protected-results cache key these results came under (a digest of their content), when the cache is on. */
  resultsKey: (rows: readonly ResultRow[]) => string | undefined;
}

function rowsOf(l: Loaded): number {
  return l.dataset.sources.reduce((n, s) => n + s.rows, 0);
}

export interface PrepareHow {
  /** Compute each instrument's results only when `ready(kind)` is first awaited (default: all, before returning). */
  defer?: boolean;
  /** Called when an instrument's protected results are not in the cache and will be computed. */
  onMiss?: () => void;
}

export async function prepare(opts: BuildOptions, cwd: string, log: (m: string) => void, how: PrepareHow = {}): Promise<Prepared> {
  const registry = loadRegistry();
  const info = new Map<string, IndicatorInfo>(registry.map((r) => [r.id, r]));
  const templates = loadTemplates(new Set(info.keys()));
  const inputs = resolveInputs(opts, cwd);
  // The content folder is checked before the data are read: a bad file fails fast.
  const content = opts.content ? loadContent(opts.content, templates, shownPath(opts.content, cwd)) : undefined;
  const contentWarnings = [...(content?.warnings ?? [])];
  // Read whole before anything else: a bad baseline fails the build before any work, and the
  // baseline may be the --out directory this build replaces.
  const baseline = opts.baseline ? await readBaseline(relative(cwd, opts.baseline) || '.', cwd) : undefined;
  const shares = baseline ? baselineShares(baseline) : undefined;

  // 1. Ingest and validate.
  // (HiGHS compiles meanwhile when disclosure control will run: without the cache, else at a miss)
  if (opts.minCell > 0 && !opts.cache) preloadSolver();
  const loaded: Partial<Record<InstrumentKind, Loaded>> = {};
  const dataKeys: Partial<Record<InstrumentKind, string>> = {};
  for (const kind of ['survey', 'assistance'] as const) {
    const files = inputs[kind];
    if (files.length === 0) continue;
    const { loadDatasetCached } = await import('../cache/load-cached.js');
    const r = await loadDatasetCached({ files, kind, ...(opts.mapping ? { mapping: opts.mapping } : {}), ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}), ...(opts.cutoff ? { cutoff: opts.cutoff } : {}), cache: opts.cache, cacheDir: opts.cacheDir });
    loaded[kind] = { kind, dataset: r.dataset, issues: r.issues, truncated: r.truncated };
    if (r.cacheKey !== undefined) dataKeys[kind] = r.cacheKey;
    for (const s of r.dataset.sources) {
      if (s.rejected === 0) continue;
      const shown = inputs.display.get(s.path) ?? s.path;
      // every row rejected: nothing of this file is built on (and no validation.json may be written to point to)
      if (s.rejected === s.rows) log(msg.build.allRejected(shown, s.rows));
      else log(opts.strict ? msg.build.rejectedStrict(shown, s.rejected, s.rows) : msg.build.rejected(shown, s.rejected, s.rows));
    }
  }
  const sources = Object.values(loaded).flatMap((l) => l.dataset.sources);
  const rejected = sources.reduce((s, x) => s + x.rejected, 0);
  if (opts.strict && rejected > 0) throw new DataError('strict', msg.build.strictFailed(rejected));

  // 2. What can be built.
  const filter = { countries: opts.countries, period: opts.period };
  const facts: Partial<Record<InstrumentKind, SectionFacts[]>> = {};
  for (const l of Object.values(loaded)) facts[l.kind] = factsOf(l.dataset, filter, opts.minCell);
  const skipped: Prepared['skipped'] = [];
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
  if (content) contentWarnings.push(...unprinted(content, todo, facts));
  for (const w of contentWarnings) log(w);
  if (opts.strict && contentWarnings.length > 0) throw new DataError('strict', msg.content.strict(contentWarnings.length));
  const period = periodOf(...todo.map((t) => facts[t.template.population] ?? []))!;

  // 3. Indicators, once per instrument, with disclosure control over all of the instrument's
  //    results as one linked set (analyse/sdc): the audit fails the build when a hidden value could
  //    be worked back.
  const results: Partial<Record<InstrumentKind, ResultRow[]>> = {};
  const disclosure: Partial<Record<InstrumentKind, Disclosure>> = {};
  const before: Partial<Record<InstrumentKind, ResultRow[]>> = {};
  const { loadRates } = await import('../analyse/currency.js');
  const rates = opts.rates ? loadRates(opts.rates) : undefined;
  // 3a. How the amounts were converted to USD: annual-average months and amounts without a rate
  //     are stated under every figure and sentence that uses them, in the manifest and the messages.
  let conversion: Conversion | null = null;
  const usd = (t: LoadedTemplate) =>
    [...t.template.figures, ...t.template.regional.figures, ...Object.values(t.template.slots)].some((x) => info.get(x.indicator)?.currency === 'USD');
  if (loaded.survey && todo.some((t) => t.template.population === 'survey' && usd(t))) {
    const { conversionsOf, mergeConversions } = await import('../analyse/conversions.js');
    const byCountry = conversionsOf(loaded.survey.dataset, filter, rates ?? loadRates());
    for (const f of facts.survey ?? []) {
      const c = byCountry.get(f.country);
      if (c) f.conversion = c;
    }
    conversion = mergeConversions(byCountry.values());
    const lost = conversion.missing.reduce((a, m) => a + m.amounts, 0);
    if (lost > 0) log(msg.build.notConverted(lost, rates ? rates.name : 'usd-monthly.csv', conversion.missing));
  }
  const kinds = [...new Set(todo.map((t) => t.template.population))].sort((a, b) => rowsOf(loaded[a]!) - rowsOf(loaded[b]!));
  const fingerprint = opts.cache && opts.cacheDir !== undefined ? renderFingerprint() : undefined;
  const resultsKeys = new Map<readonly ResultRow[], string>();
  const computeKind = async (kind: InstrumentKind): Promise<void> => {
    const io = {
      minCell: opts.minCell,
      registry,
      // only what the bulletins built publish: an indicator no figure or sentence uses is not
      // computed, so its small counts are neither hidden nor used as cover
      ids: publishedIndicators(todo.filter((t) => t.template.population === kind)),
      ...(rates ? { rates } : {}),
      ...(opts.countries !== 'all' ? { country: opts.countries } : {}),
      ...(opts.period ? { period: opts.period } : {}),
    };
    const dataKey = dataKeys[kind];
    const slot =
      fingerprint !== undefined && dataKey !== undefined && opts.cacheDir !== undefined
        ? { dir: protectedCacheDir(opts.cacheDir), dataKey, fingerprint, onMiss: () => (preloadSolver(), how.onMiss?.()) }
        : undefined;
    const r = await protectedResults(loaded[kind]!.dataset, io, slot);
    results[kind] = r.rows;
    if (r.key !== undefined) resultsKeys.set(r.rows, r.key);
    if (r.disclosure) {
      disclosure[kind] = r.disclosure;
      const f = r.disclosure.audit.failures[0];
      if (f) throw new DataError('disclosure', msg.build.disclosureFailed(r.disclosure.audit.failures.length, f.cell, f.routes.join('; '), f.min, f.max));
      if (r.before) before[kind] = r.before;
    }
  };
  // With `defer`, an instrument's results are computed when a job first asks for them (`ready`),
  // so the jobs of the instrument with fewer rows are drawn while the other's are computed.
  const computing = new Map<InstrumentKind, Promise<void>>();
  const ready = (kind: InstrumentKind): Promise<void> => {
    let c = computing.get(kind);
    if (c === undefined) computing.set(kind, (c = computeKind(kind)));
    return c;
  };
  if (!how.defer) for (const kind of kinds) await ready(kind);
  const resultsOf = (kind: InstrumentKind): ResultRow[] => results[kind]!;

  const titles = templates.map((x) => ({ number: x.template.number, title: x.template.title }));
  return {
    inputs,
    loaded,
    templates,
    todo,
    skipped,
    period,
    info,
    conversion,
    rejected,
    warnings: sources.reduce((s, x) => s + x.warnings, 0) + (conversion?.missing.length ?? 0) + contentWarnings.length,
    baseline,
    content,
    disclosure,
    before,
    results,
    resultsKey: (rows) => resultsKeys.get(rows),
    ready: async (kind) => {
      if (kinds.includes(kind)) await ready(kind);
    },
    composeInput: (t, lang) => {
      const kind = t.template.population;
      const l = loaded[kind]!;
      const f = facts[kind]!;
      return {
        template: t.template,
        titles,
        lang,
        kind,
        countries: f.map((x) => x.country),
        results: resultsOf(kind),
        registry: info,
        facts: f,
        // The period of a bulletin is its own population's data: the survey bulletins end when the
        // fieldwork ended, whatever the assistance records' last month.
        period: periodOf(f) ?? period,
        minCell: opts.minCell,
        weighted: l.dataset.weighted,
        rowsRead: l.dataset.sources.reduce((s, x) => s + x.rows, 0),
        rejected: l.dataset.sources.reduce((s, x) => s + x.rejected, 0),
        ...(shares && baseline ? { baseline: { period: baseline.manifest.period, shares } } : {}),
        ...(content ? { content: { meta: content.meta, sections: content.bulletins[t.template.id] ?? {} } } : {}),
      };
    },
  };
}

/** The indicators a bulletin publishes: its figures, regional figures and narrative slots. */
function publishedIndicators(templates: readonly LoadedTemplate[]): string[] {
  const ids = new Set<string>();
  for (const { template: t } of templates) {
    for (const f of [...t.figures, ...t.regional.figures]) ids.add(f.indicator);
    for (const s of Object.values(t.slots)) {
      ids.add(s.indicator);
      if (s.hiddenWith !== undefined) ids.add(s.hiddenWith);
    }
  }
  return [...ids].sort();
}

function shownPath(abs: string, cwd: string): string {
  const r = relative(cwd, abs);
  return r === '' ? '.' : r.startsWith('..') ? abs : r;
}

/** Content for a country without data in its bulletin, or for a regional comparison that is not printed. */
function unprinted(content: LoadedContent, todo: readonly LoadedTemplate[], facts: Partial<Record<InstrumentKind, SectionFacts[]>>): string[] {
  const out: string[] = [];
  for (const t of todo) {
    const countries = new Set((facts[t.template.population] ?? []).map((f) => f.country));
    for (const [section, byLang] of Object.entries(content.bulletins[t.template.id] ?? {})) {
      const why =
        section === 'regional' && countries.size < 2
          ? 'the regional comparison needs two countries or more'
          : section !== 'intro' && section !== 'regional' && !countries.has(section)
            ? `no ${section} data in bulletin ${t.template.number}`
            : null;
      if (!why) continue;
      for (const text of Object.values(byLang)) if (text.blocks.length > 0) out.push(msg.content.notPrinted(text.file, why));
    }
  }
  return out;
}
