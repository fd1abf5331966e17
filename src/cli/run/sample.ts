/** `bulletin sample`: parses the options once, writes the files, reports them. */
import { isAbsolute, join, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { EXIT, UsageError } from '../../errors.js';
import { envError, isSystemError } from '../../fs/env-error.js';
import { msg } from '../../messages/index.js';
import { writeSamples, type SampleKind, type SampleRequest } from '../../sample/write-samples.js';

const KINDS: readonly SampleKind[] = ['survey', 'assistance', 'all', 'invalid'];
const MAX_ROWS = 10_000_000;
const MAX_SEED = 4_294_967_295;

export async function runSampleCommand(opts: Record<string, unknown>, ctx: CliContext): Promise<number> {
  const outArg = typeof opts.out === 'string' && opts.out !== '' ? opts.out : 'data-samples';
  const base = ctx.cwd ?? process.cwd();
  const req: SampleRequest = {
    kind: parseKind(opts.kind),
    rows: opts.rows === undefined ? undefined : parseWhole(String(opts.rows), 1, MAX_ROWS, 'sample.rows', msg.sample.badRows),
    seed: parseWhole(String(opts.seed ?? '1'), 0, MAX_SEED, 'sample.seed', msg.sample.badSeed),
    outDir: isAbsolute(outArg) ? outArg : resolve(base, outArg),
    weighted: opts.weighted === true,
    force: opts.force === true,
  };
  let files;
  try {
    files = await writeSamples(req);
  } catch (e) {
    if (isSystemError(e)) throw envError('write', (e as NodeJS.ErrnoException).path ?? outArg, e);
    throw e;
  }
  if (opts.json === true) {
    const summary = {
      seed: req.seed,
      weighted: req.weighted,
      files: files.map((f) => ({ path: join(outArg, f.name), kind: f.kind, rows: f.rows, bytes: f.bytes })),
    };
    ctx.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    for (const f of files) ctx.stderr.write(`${msg.sample.wrote(join(outArg, f.name), f.rows, f.kind)}\n`);
    ctx.stderr.write(`${msg.sample.seedNote(req.seed)}\n`);
  }
  return EXIT.OK;
}

function parseKind(v: unknown): SampleKind {
  const s = v === undefined ? 'all' : String(v);
  if (!(KINDS as readonly string[]).includes(s)) throw new UsageError('sample.kind', msg.sample.badKind(s));
  return s as SampleKind;
}

function parseWhole(v: string, min: number, max: number, code: string, message: (v: string) => string): number {
  const t = v.trim();
  if (!/^\d{1,10}$/.test(t)) throw new UsageError(code, message(v));
  const n = Number(t);
  if (n < min || n > max) throw new UsageError(code, message(v));
  return n;
}
