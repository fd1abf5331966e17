/**
 * A large file is read by two threads (query/split-load.ts): the answer must be the one of a single
 * reader whatever the file holds at or around the split — blank lines, CRLF or lone CR line ends,
 * quotes (then the split is not used), a repeated header, broken and invalid rows.
 * The second part runs in this thread here (inProcess), through the same code as in the worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProjected, openProjected } from '../../src/query/projected-load.js';
import { planSplit } from '../../src/query/split-load.js';
import { SAMPLE_HEADER, canonicalCsv, canonicalRows } from './canonical-sample.js';

const dir = mkdtempSync(join(tmpdir(), 'split-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
let splitUsed = 0;

const READS = [['country', 'sex'], ['covid_impacts', 'age_group'], ['period', 'marital_status', 'household_size'], ['admin1', 'weight']];

async function load(file: string, reads: string[], split: boolean) {
  const f = await openProjected({ file, kind: 'survey' });
  const r = await loadProjected(f, reads, split ? { splitMinBytes: 0, inProcess: true } : { splitMinBytes: Infinity });
  if (split && r.parts === 2) splitUsed++;
  return { rows: r.table.numRows(), rejected: r.rejected, columns: Object.fromEntries(reads.map((c) => [c, r.table.array(c)])) };
}

const mutation = fc.constantFrom('none', 'blank', 'crlf', 'cr', 'quote-early', 'quote-late', 'multiline-late', 'multiline-all', 'header-late', 'bad-late', 'ragged-late');

describe('split load', () => {
  it('gives what one reader gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 20, max: 300 }), fc.array(mutation, { maxLength: 3 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom(...READS), async (size, muts, seed, reads) => {
        let lines = canonicalCsv(canonicalRows(size, seed)).split('\n');
        const header = lines[0]!;
        const late = () => Math.floor(lines.length * (0.55 + (seed % 40) / 100));
        const early = () => 1 + (seed % Math.max(1, Math.floor(lines.length / 2)));
        for (const m of muts) {
          if (m === 'blank') lines.splice(late(), 0, '', ' , ,');
          if (m === 'quote-early') lines[early()] = lines[early()]!.replace(/,R1,/, ',"R1",');
          if (m === 'quote-late') lines[late()] = lines[late()]!.replace(/,R1,/, ',"R1",');
          if (m === 'multiline-late') lines[late()] = lines[late()]!.replace(/,R1,/, ',"R\n1",');
          // a quoted field with line breaks on every row: one spans the split, wherever it is
          if (m === 'multiline-all') lines = lines.map((l, i) => (i === 0 ? l : l.replace(/,R1,/, `,"R${'\n.'.repeat(40)}",`)));
          if (m === 'header-late') lines.splice(late(), 0, header);
          if (m === 'bad-late') lines[late()] = lines[late()]!.replace(/,(male|female),/, ',robot,');
          if (m === 'ragged-late') lines[late()] = 'x,y';
        }
        let text = lines.join('\n');
        if (muts.includes('crlf')) text = text.replace(/\n/g, '\r\n');
        else if (muts.includes('cr')) text = text.replace(/\n/g, '\r');
        const file = join(dir, `f${n++}.csv`);
        writeFileSync(file, text);
        const one = await load(file, reads, false);
        const two = await load(file, reads, true);
        expect(two).toEqual(one);
        lines = [];
      }),
      { numRuns: Number(process.env.SPLIT_RUNS ?? 60), seed: 7 },
    );
    // not vacuous: most files were read in two parts
    expect(splitUsed).toBeGreaterThan(20);
  }, 120_000);

  it('splits where it says, on a line boundary, and counts the lines before it', async () => {
    const file = join(dir, 'plan.csv');
    const text = canonicalCsv(canonicalRows(200));
    writeFileSync(file, text);
    const s = await planSplit(file, Buffer.byteLength(text));
    expect(s).toBeDefined();
    const before = text.slice(0, s!.start);
    expect(before.endsWith('\n')).toBe(true);
    expect(s!.line).toBe(before.split('\n').length);
    expect(SAMPLE_HEADER.length).toBeGreaterThan(0);
  });

  it('uses the split for a clean file (the second part is read apart)', async () => {
    const file = join(dir, 'clean.csv');
    writeFileSync(file, canonicalCsv(canonicalRows(300)));
    const f = await openProjected({ file, kind: 'survey' });
    const { parseRange } = await import('../../src/query/range-parse.js');
    const s = await planSplit(file, (await import('node:fs')).statSync(file).size);
    const r = await parseRange({ path: file, start: s!.start, header: f.csv.header, headerLine: 1, delimiter: ',', kind: 'survey', mapping: f.mapping, only: ['consent', 'sex'], collect: ['sex'] });
    expect(r.ok).toBe(true);
    expect(r.rows).toBeGreaterThan(50);
  });
});
