/**
 * Runs the CLI in-process through `main(argv, ctx)` with captured stdout/stderr, and checks the
 * promises of docs/cli.md that hold for any input whatsoever: an exit code of 0, 1 or 2 (3 is a bug),
 * no stack trace, one JSON document on stdout with --json, and an answer within a time bound.
 */
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';

export interface CliRun {
  argv: string[];
  code: number | 'timeout';
  stdout: string;
  stderr: string;
  ms: number;
}

class Capture {
  text = '';
  isTTY = false;
  write(chunk: string): boolean {
    // Bounded: a fuzzed file may echo huge values; the checks only need the shape of the output.
    if (this.text.length < 4_000_000) this.text += String(chunk);
    return true;
  }
}

/**
 * A hang that awaits (a promise never settling) is caught by the timeout; a synchronous endless
 * loop blocks the worker and shows as the test run never finishing, which is also a failure.
 */
export async function runCli(argv: string[], timeoutMs: number, env: Record<string, string> = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx: CliContext = { stdout, stderr, env: { CI: 'true', NO_COLOR: '1', ...env } };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const code = await Promise.race([main(argv, ctx), timeout]);
    return { argv, code, stdout: stdout.text, stderr: stderr.text, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

/** A V8/Node stack frame: `    at fn (file:///x.js:1:2)`, `    at node:internal/...:1:2`. */
const STACK_FRAME = /^\s+at (?:.+ \()?(?:file:|node:|\/|[A-Za-z]:\\)[^\n]*:\d+:\d+\)?\s*$/m;

/** What is wrong with a run by the contract of docs/cli.md; empty when nothing is. */
export function contractViolations(run: CliRun, opts: { json: boolean; timeBoundMs: number }): string[] {
  const problems: string[] = [];
  if (run.code === 'timeout') problems.push(`no answer within ${opts.timeBoundMs} ms (hang)`);
  else if (![0, 1, 2].includes(run.code)) problems.push(`exit code ${run.code}`);
  if (run.ms > opts.timeBoundMs) problems.push(`took ${Math.round(run.ms)} ms (bound ${opts.timeBoundMs} ms)`);
  if (STACK_FRAME.test(run.stderr)) problems.push('stack trace on stderr');
  if (STACK_FRAME.test(run.stdout)) problems.push('stack trace on stdout');
  if (opts.json) {
    try {
      JSON.parse(run.stdout);
    } catch {
      problems.push('stdout is not one JSON document');
    }
  }
  return problems;
}

export function describeRun(run: CliRun, problems: string[]): string {
  const cut = (s: string) => (s.length > 1500 ? `${s.slice(0, 1500)}…[${s.length} chars]` : s);
  return [
    `bulletin ${run.argv.join(' ')}`,
    `problems: ${problems.join('; ')}`,
    `exit: ${String(run.code)} in ${Math.round(run.ms)} ms`,
    `stdout: ${cut(run.stdout)}`,
    `stderr: ${cut(run.stderr)}`,
  ].join('\n');
}
