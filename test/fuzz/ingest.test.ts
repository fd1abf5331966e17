// The CSV reader under everything: for any bytes it either refuses the file with a typed error
// (exit 2 through the CLI) or streams rows with strictly increasing line numbers after the header.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isBulletinError } from '../../src/errors.js';
import { openCsv } from '../../src/ingest/read-csv.js';
import { canonicalTable } from './canonical-rows.js';
import { csvTextArb, mutatedTableArb, randomBytesArb, type FuzzFile } from './csv-arbitraries.js';
import { deadline, fuzzBudget } from './budget.js';
import { makeFuzzDir } from './fuzz-dir.js';

const budget = fuzzBudget(60, 3);
const dir = makeFuzzDir();
afterAll(() => dir.remove());

let counter = 0;
async function readAll(file: FuzzFile): Promise<void> {
  const path = join(dir.path, `ingest-${counter++}.csv`);
  writeFileSync(path, file.bytes);
  let stream;
  try {
    stream = await openCsv(path);
  } catch (e) {
    if (isBulletinError(e)) return;
    throw e;
  }
  let last = stream.hxlLine ?? stream.headerLine;
  try {
    for await (const row of stream.rows) {
      expect(row.line).toBeGreaterThan(last);
      last = row.line;
    }
  } catch (e) {
    if (!isBulletinError(e)) throw e;
  }
}

const inputs = fc.oneof(randomBytesArb, csvTextArb, mutatedTableArb(canonicalTable('survey', 20, 3)));

describe('fuzz: ingest', () => {
  it(
    'openCsv refuses with a typed error or streams rows with increasing line numbers',
    async () => {
      const spent = deadline(budget.seconds);
      await fc.assert(
        fc.asyncProperty(inputs, async (file) => {
          if (spent()) return;
          await readAll(file);
        }),
        { numRuns: budget.numRuns, seed: budget.seed },
      );
    },
    budget.testTimeoutMs,
  );
});
