/**
 * How long the fuzz properties run. `npm test` keeps them short (a few dozen runs, a few seconds
 * each); `npm run fuzz` sets FUZZ_RUNS (and optionally FUZZ_SECONDS per property, FUZZ_SEED).
 *
 * The test setup freezes Date, and fast-check's `interruptAfterTimeLimit` reads Date.now, so the
 * time limit is kept here with performance.now(): once it has passed, the remaining runs of a
 * property return at once.
 */
export interface FuzzBudget {
  numRuns: number;
  seconds: number;
  seed: number | undefined;
  /** Vitest timeout for one property: the time budget plus slack for the last runs. */
  testTimeoutMs: number;
  /** Bound on one CLI invocation. */
  perRunMs: number;
}

export function fuzzBudget(defaultRuns: number, defaultSeconds: number): FuzzBudget {
  const env = process.env;
  const long = env.FUZZ_RUNS !== undefined && env.FUZZ_RUNS !== '';
  const numRuns = long ? Math.max(1, Number(env.FUZZ_RUNS)) : defaultRuns;
  const seconds = env.FUZZ_SECONDS ? Number(env.FUZZ_SECONDS) : long ? 900 : defaultSeconds;
  const seed = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : long ? (Number(process.hrtime.bigint() % 2147483647n) | 0) : undefined;
  return { numRuns, seconds, seed, testTimeoutMs: (seconds + 60) * 1000, perRunMs: 15_000 };
}

/** A clock that says when the budget is spent (performance.now is not frozen by the test setup). */
export function deadline(seconds: number): () => boolean {
  const end = performance.now() + seconds * 1000;
  return () => performance.now() > end;
}
