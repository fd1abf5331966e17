/**
 * Writes a copy of a canonical survey file in which 1% of the data rows (every 100th, from the
 * 50th) carry two errors each, in one streamed pass (constant memory). The damage rotates through:
 * age 250 and sex `x`; age `abc` and country `XXX`; interview_date 2021-13-45 and education `phd`;
 * an empty sex and priority_needs `none food`. So a 1M-row file gets 10,000 bad rows and 20,000
 * errors: more than the 10,000 issues `validate` keeps by default.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { joinRecord, opensQuote, splitRecord } from './csv-record.mjs';

const DAMAGE = [
  { age: '250', sex: 'x' },
  { age: 'abc', country: 'XXX' },
  { interview_date: '2021-13-45', education: 'phd' },
  { sex: '', priority_needs: 'none food' },
];

export async function corrupt(src, dest) {
  const input = createInterface({ input: createReadStream(src, 'utf8'), crlfDelay: Infinity });
  const out = createWriteStream(dest, 'utf8');
  let header = null;
  let pending = '';
  let open = false;
  let row = 0;
  let damaged = 0;
  const write = async (s) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  for await (const line of input) {
    pending = pending === '' && !open ? line : `${pending}\n${line}`;
    open = opensQuote(line, open);
    if (open) continue;
    const record = pending;
    pending = '';
    if (header === null) {
      header = splitRecord(record);
      await write(`${record}\n`);
      continue;
    }
    if (row % 100 === 50) {
      const fields = splitRecord(record);
      for (const [col, value] of Object.entries(DAMAGE[damaged % DAMAGE.length])) {
        const at = header.indexOf(col);
        if (at >= 0) fields[at] = value;
      }
      damaged++;
      await write(`${joinRecord(fields)}\n`);
    } else {
      await write(`${record}\n`);
    }
    row++;
  }
  out.end();
  await once(out, 'finish');
  return { rows: row, damagedRows: damaged, errorsPlanted: damaged * 2 };
}
