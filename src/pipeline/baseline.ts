/**
 * Reads an earlier build (the `--out` directory of `bulletin build`) as a baseline round: its
 * manifest.json and every figure table it lists (tables/<figure-id>.json). A directory that is
 * not such a build, or whose tables were edited after the build wrote them (their sha256 differs
 * from the manifest's), is refused with exit 2: a comparison must rest on what was published.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { checkJson, type JsonCheck } from '../schema/data-file.js';
import { TOOL_NAME } from '../version.js';
import { sha256, type Manifest } from './manifest.js';
import type { FigureTable } from './figure-table.js';
import type { ShareEstimate } from '../analyse/change-interval.js';
import { baselineKey } from '../compose/input.js';
import { dimsOf } from './changes.js';
import { NARRATIVE_SUFFIX, type NarrativeTable } from './narrative-table.js';

export interface Baseline {
  /** The directory as given. */
  dir: string;
  manifest: Manifest;
  /** sha256 of manifest.json's bytes. */
  manifestSha256: string;
  /** Figure tables by figure id. */
  tables: ReadonlyMap<string, FigureTable>;
  /** The narrative tables (tables/<template-id>-narrative.json) by template id. */
  narrative: ReadonlyMap<string, NarrativeTable>;
}

const manifestSchema = z.looseObject({
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  inputs: z.array(z.looseObject({ path: z.string(), sha256: z.string() })),
  period: z.looseObject({ from: z.string(), to: z.string() }).nullable(),
  options: z.record(z.string(), z.unknown()),
  outputs: z.array(
    z.looseObject({ path: z.string(), type: z.string(), format: z.string().optional(), figure: z.string().optional(), sha256: z.string() }),
  ),
});

const cell = z.union([z.string(), z.number(), z.null()]);
const tableSchema = z.looseObject({
  figure: z.string(),
  indicator: z.string(),
  country: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), cell)),
});

/** The tables a comparison reads: every figure's JSON table, not the comparison's own. */
export function isFigureTable(o: { type: string; format?: string | undefined; figure?: string | undefined }): boolean {
  return o.type === 'table' && o.format === 'json' && o.figure !== undefined;
}

/** The narrative tables (pipeline/narrative-table.ts). */
export function isNarrativeTable(o: { path: string; type: string; format?: string | undefined; figure?: string | undefined }): boolean {
  return o.type === 'table' && o.format === 'json' && o.figure === undefined && o.path.startsWith('tables/') && o.path.endsWith(NARRATIVE_SUFFIX);
}

const narrativeSchema = z.looseObject({
  template: z.string(),
  cells: z.array(
    z.looseObject({
      section: z.string().nullable(),
      slot: z.string(),
      indicator: z.string(),
      dims: z.record(z.string(), z.string()),
      category: z.string().nullable(),
      stat: z.string(),
      value: z.number().nullable(),
      n: z.number().nullable(),
      count: z.number().nullable(),
      se: z.number().nullable(),
      suppressed: z.enum(['primary', 'secondary']).nullable(),
    }),
  ),
});

/** The one line a "not a build" message gives: the JSON error, or the first schema problem. */
function firstProblem(r: Exclude<JsonCheck<unknown>, { ok: true }>): string {
  return r.stage === 'json' ? r.reason : (r.error.issues[0]?.message ?? 'unexpected shape');
}

/** `dir` as given (shown in messages and recorded in the manifest), resolved against `cwd`. */
export async function readBaseline(dir: string, cwd: string): Promise<Baseline> {
  const abs = resolve(cwd, dir);
  const notABuild = (why: string) => new UsageError('baseline.not-a-build', msg.compare.notABuild(dir, why));
  let bytes: Buffer;
  try {
    bytes = await readFile(join(abs, 'manifest.json'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw notABuild(code === 'ENOENT' || code === 'ENOTDIR' ? msg.compare.noManifest() : msg.compare.manifestUnreadable(String(code ?? e)));
  }
  const parsed = checkJson(bytes.toString('utf8'), manifestSchema);
  if (!parsed.ok) throw notABuild(msg.compare.manifestUnreadable(firstProblem(parsed)));
  if (parsed.data.tool.name !== TOOL_NAME) throw notABuild(msg.compare.manifestForeign());
  const manifest = parsed.data as unknown as Manifest;
  const tables = new Map<string, FigureTable>();
  const narrative = new Map<string, NarrativeTable>();
  const readJson = async <T>(o: { path: string; sha256: string }, schema: z.ZodType<T>): Promise<T> => {
    let tb: Buffer;
    try {
      tb = await readFile(join(abs, o.path));
    } catch {
      throw notABuild(msg.compare.tableMissing(o.path));
    }
    if (sha256(tb) !== o.sha256) throw notABuild(msg.compare.tableChanged(o.path));
    const t = checkJson(tb.toString('utf8'), schema);
    if (!t.ok) throw notABuild(msg.compare.tableUnreadable(o.path, firstProblem(t)));
    return t.data;
  };
  for (const o of manifest.outputs) {
    if (isFigureTable(o)) {
      const t = (await readJson(o, tableSchema)) as FigureTable;
      tables.set(t.figure, t);
    } else if (isNarrativeTable(o)) {
      const t = (await readJson(o, narrativeSchema)) as NarrativeTable;
      narrative.set(t.template, t);
    }
  }
  return { dir, manifest, manifestSha256: sha256(bytes), tables, narrative };
}

/** The baseline's published shares, keyed as the narrative looks them up (compose/input.ts). */
export function baselineShares(b: Baseline): Record<string, ShareEstimate> {
  const out: Record<string, ShareEstimate> = {};
  const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  for (const t of b.tables.values()) {
    for (const r of t.rows) {
      const value = num(r.value);
      if (r.stat !== 'share' || value === null || (r.suppressed !== null && r.suppressed !== undefined)) continue;
      const category = r.category === null || r.category === undefined ? undefined : String(r.category);
      out[baselineKey(t.indicator, dimsOf(t, r), category)] ??= { value, n: num(r.n) ?? 0, count: num(r.count), se: num(r.se) };
    }
  }
  for (const t of b.narrative.values()) {
    for (const c of t.cells) {
      if (c.stat !== 'share' || c.value === null || c.suppressed !== null) continue;
      out[baselineKey(c.indicator, c.dims, c.category ?? undefined)] ??= { value: c.value, n: c.n ?? 0, count: c.count, se: c.se };
    }
  }
  return out;
}
