/**
 * The one loader of declared data: a JSON file checked against its zod schema (the same schema its
 * generated JSON Schema under `schemas/` comes from, schema/json-schema.ts). Bundled tables (code
 * lists, places, the sample generator's targets) live under `data/` and are found from the package
 * root — where this module is installed, never the working directory. A bundled file that does
 * not parse is a bug of the package: the error names the file and every path at fault.
 *
 * This module loads no zod (its import is a type): the tables on the start-up path of every command
 * (code lists, places) are read with `readBundledJson`, without their schema, so that `query` on
 * the validated cache never pays for loading zod; test/schema/data-file.test.ts checks those files
 * against their schemas, as test/schema/instruments.test.ts does the instrument declarations.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { packagePath } from '../package-root.js';

/** One line per problem of a zod error: `  path.to.field: message`. */
function zodProblems(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');
}

/** What `checkJson` found: the data, or why not (not JSON at all, or the schema's problems). */
export type JsonCheck<T> =
  | { ok: true; data: T }
  | { ok: false; stage: 'json'; reason: string }
  | { ok: false; stage: 'schema'; problems: string; error: z.ZodError };

/**
 * JSON text (a BOM, as Notepad writes it, is no error) checked against `schema`: the one parse of
 * every JSON file the tool reads (templates, indicator registry, config, content, mapping, bundled
 * data). Callers turn a failure into their own error (a UsageError for the user's files).
 */
export function checkJson<S extends z.ZodType>(text: string, schema: S): JsonCheck<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, stage: 'json', reason: (e as Error).message };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, stage: 'schema', problems: zodProblems(parsed.error), error: parsed.error };
  return { ok: true, data: parsed.data };
}

/** JSON text checked against `schema`, for files that are part of the package; `file` only names it in errors. */
export function parseJsonData<S extends z.ZodType>(text: string, schema: S, file: string): z.output<S> {
  const r = checkJson(text, schema);
  if (r.ok) return r.data;
  throw new Error(r.stage === 'json' ? `${file} is not valid JSON: ${r.reason}` : `${file} does not match its schema:\n${r.problems}`);
}

/** The text of a bundled data file, `rel` from the package root (`data/schema/codes.json`). */
function bundledText(rel: string): string {
  return readFileSync(packagePath(rel), 'utf8');
}

/** A bundled data file checked against its schema, read once by its module. */
export function loadBundledData<S extends z.ZodType>(rel: string, schema: S): z.output<S> {
  return parseJsonData(bundledText(rel), schema, rel);
}

/** A bundled data file of the start-up path, trusted as `T` (its schema is checked by the tests, see above). */
export function readBundledJson<T>(rel: string): T {
  try {
    return JSON.parse(bundledText(rel)) as T;
  } catch (e) {
    throw new Error(`${rel} is not valid JSON: ${(e as Error).message}`);
  }
}
