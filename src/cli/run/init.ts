/** `bulletin init [DIR]`: the content folder for the chosen bulletins (content/init.ts). */
import { relative, resolve } from 'node:path';
import { loadRegistry } from '../../analyse/registry.js';
import { loadTemplates } from '../../compose/load-templates.js';
import { initFiles, writeInit } from '../../content/init.js';
import { EXIT } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { parseBuildOptions } from '../../pipeline/build-options.js';
import type { CliContext } from '../context.js';

export async function runInitCommand(dir: string, opts: Record<string, unknown>, ctx: CliContext): Promise<number> {
  const cwd = ctx.cwd ?? process.cwd();
  // The same --bulletin parsing (and messages) as build.
  const { bulletins } = parseBuildOptions({ bulletin: opts.bulletin }, cwd);
  const abs = resolve(cwd, dir);
  const rel = relative(cwd, abs);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
  const ids = new Set(loadRegistry().map((r) => r.id));
  const templates = loadTemplates(ids).filter((t) => bulletins.includes(t.template.number));
  const files = initFiles(templates);
  const r = writeInit(abs, files, shown);
  if (opts.json === true) ctx.stdout.write(`${JSON.stringify({ dir: shown, written: r.written, kept: r.kept, files: files.map((f) => f.path) })}\n`);
  else ctx.stderr.write(`bulletin: ${msg.content.initDone(shown, r.written, r.kept)}\n`);
  return EXIT.OK;
}
