/**
 * `bulletin build`: parses the flags (and --config), runs the pipeline, and reports: messages and
 * a progress line on stderr (the progress only at a terminal, never in CI), and with --json one
 * JSON document on stdout. Exit 0 when built (rejected rows are reported; --strict makes them
 * exit 1 through a DataError).
 */
import { performance } from 'node:perf_hooks';
import { relative } from 'node:path';
import { isInteractive, type CliContext } from '../context.js';
import { writeControl } from '../terminal.js';
import { EXIT } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { parseBuildOptions } from '../../pipeline/build-options.js';
import type { BuildHooks } from '../../pipeline/build.js';
import { cacheDirFromEnv } from '../../cache/location.js';

export async function runBuildCommand(flags: Record<string, unknown>, ctx: CliContext): Promise<number> {
  const cwd = ctx.cwd ?? process.cwd();
  const opts = parseBuildOptions(flags, cwd);
  opts.cacheDir = cacheDirFromEnv(ctx.env, { cwd, notUnder: [opts.out] });
  const { build } = await import('../../pipeline/build.js');
  const interactive = isInteractive(ctx) && !opts.json;
  const messages: string[] = [];
  const started = performance.now();
  let progressShown = false;
  const hooks: BuildHooks = {
    log: (m) => {
      messages.push(m);
      if (!opts.json) {
        if (progressShown) writeControl(ctx.stderr, '\r\x1b[K');
        ctx.stderr.write(`bulletin: ${m}\n`);
      }
    },
    warn: (m) => {
      messages.push(`warning: ${m}`);
      if (!opts.json) {
        if (progressShown) ctx.stderr.write('\r\x1b[K');
        ctx.stderr.write(`bulletin: warning: ${m}\n`);
      }
    },
    progress: interactive
      ? (done, total, what) => {
          progressShown = true;
          writeControl(ctx.stderr, '\r\x1b[K');
          ctx.stderr.write(`${bar(done, total)} ${msg.build.progress(done, total, what)}`);
        }
      : undefined,
  };
  const summary = await build(opts, cwd, hooks, ctx.env);
  if (progressShown) writeControl(ctx.stderr, '\r\x1b[K');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rel = relative(cwd, summary.out);
  const outShown = rel === '' ? '.' : rel.startsWith('..') ? summary.out : rel;
  if (opts.json) {
    ctx.stdout.write(
      `${JSON.stringify({
        out: outShown,
        pdfs: summary.pdfs,
        charts: summary.charts,
        tables: summary.tables,
        rejected: summary.rejected,
        warnings: summary.warnings,
        findings: summary.findings,
        skipped: summary.skipped,
        messages,
        manifest: summary.manifest,
      })}\n`,
    );
  } else {
    ctx.stderr.write(`bulletin: ${msg.build.built(summary.pdfs, summary.charts, summary.tables, outShown, seconds)}\n`);
  }
  return EXIT.OK;
}

function bar(done: number, total: number): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
