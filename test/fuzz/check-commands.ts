/**
 * The property shared by every fuzz file: whatever the bytes, each of these commands answers by
 * the contract of docs/cli.md (see run-cli.ts). The file is written to a temporary directory.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuzzFile } from './csv-arbitraries.js';
import { contractViolations, describeRun, runCli } from './run-cli.js';

export interface Tally {
  runs: number;
  codes: Record<string, number>;
}

export function newTally(): Tally {
  return { runs: 0, codes: {} };
}

export interface Invocation {
  argv: string[];
  json: boolean;
  /** Environment of the run; a cache directory makes query go through the validated cache. */
  env?: Record<string, string>;
  /** Run a second time and require the same answer (the second query is a cache hit). */
  again?: boolean;
}

/** The invocations of the fuzz contract, for a file and a column name to group by. */
export function invocations(path: string, by: string, cacheDir?: string): Invocation[] {
  const list: Invocation[] = [
    { argv: ['validate', path], json: false },
    { argv: ['validate', path, '--json'], json: true },
    { argv: ['query', path, '--by', by], json: false },
    { argv: ['query', path, '--kind', 'raw', '--by', by], json: false },
    { argv: ['query', path, '--by', by, '--stat', 'share', '--json'], json: true },
  ];
  if (cacheDir) list.push({ argv: ['query', path, '--by', by, '--format', 'csv'], json: false, env: { BULLETIN_CACHE_DIR: cacheDir }, again: true });
  return list;
}

let counter = 0;

/** Runs every invocation on the file; throws a readable description of the first broken promise. */
export async function checkCommands(dir: string, file: FuzzFile, pick: number, perRunMs: number, tally: Tally): Promise<void> {
  const path = join(dir, `input-${process.pid}-${counter++}.csv`);
  writeFileSync(path, file.bytes);
  const by = file.columns.length > 0 ? (file.columns[pick % file.columns.length] ?? 'sex') : 'sex';
  for (const { argv, json, env, again } of invocations(path, by === '' ? 'sex' : by, join(dir, 'cache'))) {
    const run = await runCli(argv, perRunMs, env);
    tally.runs++;
    const key = `${argv[0]}:${String(run.code)}`;
    tally.codes[key] = (tally.codes[key] ?? 0) + 1;
    const problems = contractViolations(run, { json, timeBoundMs: perRunMs });
    if (again && problems.length === 0) {
      const second = await runCli(argv, perRunMs, env);
      problems.push(...contractViolations(second, { json, timeBoundMs: perRunMs }));
      if (second.code !== run.code || second.stdout !== run.stdout) problems.push('a second run (validated cache) answered differently');
    }
    if (problems.length > 0) {
      // Overwritten by each failure while fast-check shrinks, so the smallest input is what remains.
      const kept = join(tmpdir(), `bulletin-fuzz-failure-${process.pid}.csv`);
      writeFileSync(kept, file.bytes);
      throw new Error(`${describeRun(run, problems)}\ninput (${file.bytes.length} bytes) copied to ${kept}`);
    }
  }
}
