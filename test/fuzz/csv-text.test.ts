// CSV-ish text in the shapes of real exports (delimiters, quotes, CR/LF, BOMs, NULs, encodings,
// huge fields, many columns, Kobo headers, Cyrillic) never crashes, hangs or leaks a stack trace.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { checkCommands, newTally } from './check-commands.js';
import { csvTextArb } from './csv-arbitraries.js';
import { deadline, fuzzBudget } from './budget.js';
import { makeFuzzDir } from './fuzz-dir.js';

const budget = fuzzBudget(40, 6);
const dir = makeFuzzDir();
const tally = newTally();
afterAll(() => {
  dir.remove();
  if (process.env.FUZZ_RUNS) console.log('csv text:', JSON.stringify(tally));
});

describe('fuzz: CSV-ish text', () => {
  it(
    'validate and query answer with exit 0, 1 or 2, no stack trace, JSON with --json',
    async () => {
      const spent = deadline(budget.seconds);
      await fc.assert(
        fc.asyncProperty(csvTextArb, fc.nat(), async (file, pick) => {
          if (spent()) return;
          await checkCommands(dir.path, file, pick, budget.perRunMs, tally);
        }),
        { numRuns: budget.numRuns, seed: budget.seed },
      );
    },
    budget.testTimeoutMs,
  );
});
