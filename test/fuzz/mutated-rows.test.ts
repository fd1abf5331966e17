// Canonical tables of both instruments, damaged by random mutations (cells, ragged rows, duplicate
// ids, renamed or dropped columns, repeated headers, truncation, other layouts and encodings),
// never crash, hang or leak a stack trace.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { canonicalTable } from './canonical-rows.js';
import { checkCommands, newTally } from './check-commands.js';
import { mutatedTableArb } from './csv-arbitraries.js';
import { deadline, fuzzBudget } from './budget.js';
import { makeFuzzDir } from './fuzz-dir.js';

const budget = fuzzBudget(30, 4);
const dir = makeFuzzDir();
const tally = newTally();
afterAll(() => {
  dir.remove();
  if (process.env.FUZZ_RUNS) console.log('mutated rows:', JSON.stringify(tally));
});

describe.each([
  ['survey', canonicalTable('survey', 40, 11)],
  ['assistance', canonicalTable('assistance', 30, 12)],
] as const)('fuzz: mutated canonical %s rows', (_kind, base) => {
  it(
    'validate and query answer with exit 0, 1 or 2, no stack trace, JSON with --json',
    async () => {
      const spent = deadline(budget.seconds);
      await fc.assert(
        fc.asyncProperty(mutatedTableArb(base), fc.nat(), async (file, pick) => {
          if (spent()) return;
          await checkCommands(dir.path, file, pick, budget.perRunMs, tally);
        }),
        { numRuns: budget.numRuns, seed: budget.seed },
      );
    },
    budget.testTimeoutMs,
  );
});
