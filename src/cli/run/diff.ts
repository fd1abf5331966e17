/** `bulletin diff OLD NEW`: reads both builds, prints the difference on stdout; exit 0 (2 when either is not a build). */
import type { CliContext } from '../context.js';
import { EXIT, UsageError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { readBaseline } from '../../pipeline/baseline.js';
import { diffBuilds, formatDiff, type DiffFormat } from '../../pipeline/diff.js';

const FORMATS: readonly DiffFormat[] = ['markdown', 'json', 'csv'];

export async function runDiffCommand(oldDir: string, newDir: string, opts: Record<string, unknown>, ctx: CliContext): Promise<number> {
  const format = String(opts.format ?? 'markdown');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('usage', msg.compare.badFormat(format));
  const cwd = ctx.cwd ?? process.cwd();
  const [a, b] = await Promise.all([readBaseline(oldDir, cwd), readBaseline(newDir, cwd)]);
  ctx.stdout.write(formatDiff(diffBuilds(a, b), format as DiffFormat));
  return EXIT.OK;
}
