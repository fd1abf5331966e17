/**
 * Where the build's inputs come from: the files given, or else the bundled samples
 * (`data-samples/survey.csv`, `data-samples/assistance.csv`) of the working directory, or of the
 * package itself, so that `npx bulletin build` works from a fresh clone in any directory.
 * Paths written to the manifest are relative: to the working directory, or for the bundled
 * samples to the package root.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { msg } from '../messages/index.js';
import type { BuildOptions } from './build-options.js';


export interface ResolvedInputs {
  survey: string[];
  assistance: string[];
  /** Absolute path → the path to print and record. */
  display: Map<string, string>;
  samples: boolean;
}

export function resolveInputs(opts: BuildOptions, cwd: string): ResolvedInputs {
  const display = new Map<string, string>();
  const rel = (abs: string, root: string) => {
    const r = relative(root, abs);
    return (r.startsWith('..') || isAbsolute(r) ? abs.split(sep).slice(-2).join('/') : r.split(sep).join('/'));
  };
  if (opts.survey.length > 0 || opts.assistance.length > 0) {
    for (const f of [...opts.survey, ...opts.assistance]) {
      if (!existsSync(f)) throw new UsageError('input.missing', msg.build.inputMissing(rel(f, cwd)));
      display.set(f, rel(f, cwd));
    }
    return { survey: opts.survey, assistance: opts.assistance, display, samples: false };
  }
  for (const root of [cwd, PACKAGE_ROOT]) {
    const dir = join(root, 'data-samples');
    const survey = join(dir, 'survey.csv');
    const assistance = join(dir, 'assistance.csv');
    const found = { survey: existsSync(survey) ? [survey] : [], assistance: existsSync(assistance) ? [assistance] : [] };
    if (found.survey.length + found.assistance.length === 0) continue;
    for (const f of [...found.survey, ...found.assistance]) display.set(f, rel(f, root));
    return { ...found, display, samples: true };
  }
  throw new UsageError('input.none', msg.build.noSamples());
}
