/**
 * The key of a cache entry: everything the validated Dataset depends on. Two loads with the same
 * key give the same LoadResult, so a changed byte of an input or mapping file, another tool
 * version, another validator (code fingerprint), another instrument, encoding, issue cap or file
 * list (paths as given: issues and sources name them) is another key, and a stale entry is never
 * found.
 */
import { createHash } from 'node:crypto';
import { sha256OfFile as sha256File } from './hash-file.js';
import { TOOL_VERSION } from '../version.js';

export interface KeyParts {
  /** 'survey' | 'assistance' | undefined (detected) | 'raw'. */
  kind?: string | undefined;
  files: string[];
  mapping?: string | undefined;
  encoding?: string | undefined;
  /** The sheet of a workbook (`--sheet`); in the key only when given, so CSV keys are unchanged. */
  sheet?: string | undefined;
  maxIssues?: number | undefined;
  collect?: boolean | undefined;
  /** A query's projection: the column names it reads, sorted (query/projected-load.ts); none = every column. */
  projection?: string[] | undefined;
}

export interface KeyContext {
  fingerprint: string;
  version?: string;
  /** How to get a file's sha256 (default: read it; stat-index.ts: from the stat index). */
  hash?: (path: string) => Promise<string>;
}

export interface CacheKey {
  key: string;
  /** sha256 of each input file, in order (checked against what the load saw). */
  sha256: string[];
}

/** The hex key; reads (streams) every input and the mapping file. Throws when one is unreadable. */
export async function cacheKey(parts: KeyParts, ctx: KeyContext): Promise<CacheKey> {
  const files: Array<{ path: string; sha256: string }> = [];
  const hash = ctx.hash ?? sha256File;
  for (const path of parts.files) files.push({ path, sha256: await hash(path) });
  const mapping = parts.mapping !== undefined ? { path: parts.mapping, sha256: await hash(parts.mapping) } : null;
  const doc = {
    tool: ctx.version ?? TOOL_VERSION,
    code: ctx.fingerprint,
    kind: parts.kind ?? null,
    files,
    mapping,
    encoding: parts.encoding ?? null,
    ...(parts.sheet !== undefined ? { sheet: parts.sheet } : {}),
    maxIssues: parts.maxIssues ?? null,
    collect: parts.collect !== false,
    ...(parts.projection !== undefined ? { projection: parts.projection } : {}),
  };
  return { key: createHash('sha256').update(JSON.stringify(doc)).digest('hex'), sha256: files.map((f) => f.sha256) };
}
