// The reader streams: reading a large file keeps memory flat (rows are not accumulated and no
// string keeps a parsed chunk alive). The file is generated here, never committed.
import { createWriteStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { openCsv } from '../../src/ingest/read-csv.js';
import { tempDir } from './helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const t = tempDir();

async function writeBig(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('id,sex,age,admin1,comment,amount\n');
  for (let i = 0; i < rows; i += 1000) {
    let s = '';
    for (let k = i; k < i + 1000; k++) s += `R-${k},female,${20 + (k % 50)},KG-C,"a comment, with a comma",1 234\n`;
    if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
}

it('reads a 30 MB file with flat memory', async () => {
  const path = `${t.dir}/big.csv`;
  await writeBig(path, 500_000);
  const csv = await openCsv(path);
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let n = 0;
  for await (const batch of csv.batches) {
    n += batch.length;
    if (n % 100_000 < batch.length) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
  }
  expect(n).toBe(500_000);
  expect(peak).toBeLessThan(30 * 1024 * 1024);
}, 120_000);
