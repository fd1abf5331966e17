// A record of millions of cells, cut by the end of every chunk it arrives in (a ragged row of a
// 6 MB line; validate took 86 s on one of 3 million cells, query did not finish in 100 s): the
// scanner searched the text again for a line break at every cell while the record had none.
// Read through parseRecordBatches as a file gives it, in 64 kB chunks. What is counted, not timed:
// the searches for a line break (each one ran to the end of the text), once per parse now.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRecordBatches, projectionOf, type CsvRecord, type ProjectionRef } from '../../src/ingest/records.js';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function records(text: string, projection?: ProjectionRef): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const batch of parseRecordBatches(chunksOf(text, 64 * 1024), ',', 'wide.csv', projection)) out.push(...batch);
  return out;
}

describe('a record far wider than the header', () => {
  const cells = 2_000_000;
  const text = `a,b,c\n1,2,3\n${'x,'.repeat(cells)}\n4,5,6\n`;
  const indexOf = String.prototype.indexOf;
  let lineBreakSearches = 0;
  beforeEach(() => {
    lineBreakSearches = 0;
    String.prototype.indexOf = function (this: string, search: string, from?: number): number {
      if (search === '\n') lineBreakSearches++;
      return indexOf.call(this, search, from);
    };
  });
  afterEach(() => {
    String.prototype.indexOf = indexOf;
  });

  it('is read whole, with the records around it and their lines', async () => {
    const recs = await records(text);
    expect(recs.map((r) => r.cells.length)).toEqual([3, 3, cells + 1, 3]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(recs[3]!.cells).toEqual(['4', '5', '6']);
    expect(lineBreakSearches).toBeLessThan(1000);
  });

  it('is read whole under a projection of some cells (a query)', async () => {
    const projection: ProjectionRef = { current: null };
    const header = ['a', 'b', 'c'];
    const gen = (async () => {
      const out: CsvRecord[] = [];
      for await (const batch of parseRecordBatches(chunksOf(text, 64 * 1024), ',', 'wide.csv', projection)) {
        out.push(...batch);
        projection.current = projectionOf(header, [2]);
      }
      return out;
    })();
    const recs = await gen;
    expect(recs.map((r) => r.cells.length)).toEqual([3, 3, cells + 1, 3]);
    expect(recs[3]!.cells).toEqual(['4', '', '6']);
    expect(lineBreakSearches).toBeLessThan(1000); // one a cell before: 2 million
  });
});
