// The XLSX reader streams too: reading a large sheet keeps the heap flat (rows are not kept, and
// no wait keeps a row alive). The workbook is generated here, never committed.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { openInput } from '../../../src/ingest/open-input.js';
import { tempDir } from '../helpers.js';
import { writeXlsx, type XlsxCell } from '../../helpers/xlsx.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const t = tempDir();
const ROWS = 60_000;

function* rows(): Generator<XlsxCell[]> {
  yield ['id', 'sex', 'age', 'admin1', 'comment', 'amount', 'date'];
  for (let k = 0; k < ROWS; k++) yield [k, k % 2 ? 'female' : 'male', 20 + (k % 50), 'KG-C', 'a comment, with a comma', 1234.5, new Date(Date.UTC(2024, k % 12, 1 + (k % 28)))];
}

it('reads a 60k-row sheet with flat memory', async () => {
  const path = `${t.dir}/big.xlsx`;
  await writeXlsx(path, [{ name: 'data', rows: rows() }]);
  const x = await openInput(path);
  gc();
  const base = process.memoryUsage().heapUsed;
  let first = 0;
  let peak = 0;
  let n = 0;
  for await (const batch of x.batches) {
    n += batch.length;
    if (n % 10_000 < batch.length) {
      gc();
      const used = process.memoryUsage().heapUsed - base;
      if (first === 0) first = used;
      peak = Math.max(peak, used);
    }
  }
  expect(n).toBe(ROWS);
  // what the reader holds after 10k rows, it still holds after 60k: nothing grows with the rows
  expect(peak - first).toBeLessThan(8 * 1024 * 1024);
}, 240_000);
