/** `bulletin query FILE …`: parses the options, runs the query, prints the long table. */
import type { CliContext } from '../context.js';
import { parseQueryOptions } from '../../query/spec.js';
import { runQuery } from '../../query/run-query.js';
import { formatQuery } from '../../query/format.js';
import { cacheDirFromEnv } from '../../cache/location.js';

export async function runQueryCommand(file: string, opts: Record<string, unknown>, ctx: CliContext): Promise<number> {
  const spec = parseQueryOptions(file, opts);
  const format = spec.format ?? (ctx.stdout.isTTY ? 'table' : 'csv');
  const cacheDir = cacheDirFromEnv(ctx.env, ctx.cwd !== undefined ? { cwd: ctx.cwd } : {});
  const note = opts.debug === true || ctx.env.BULLETIN_DEBUG === '1' ? (m: string) => ctx.stderr.write(`bulletin: cache: ${m}\n`) : undefined;
  const result = await runQuery(spec, { cache: opts.cache !== false, cacheDir, ...(note ? { note } : {}) });
  for (const note of result.notes) ctx.stderr.write(`bulletin: ${note}\n`);
  ctx.stdout.write(formatQuery(result, format));
  return 0;
}
