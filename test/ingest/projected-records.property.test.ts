// The scanner of ingest/records.ts (scanProjected: the header's chunk, whole records, and a query's
// projected reader) against papaparse on random nasty CSV: quotes, doubled quotes, quotes that are
// broken or never closed, line breaks and delimiters inside quotes, blank records, the header
// repeated, records longer or shorter than the header. It must give papaparse's records, cursor,
// problems and line numbers, every cell asked for as papaparse reads it, and '' for another only in
// a record it may project (records from a broken quote on are papaparse's, whole).
import { chunked } from '../helpers/chunked.js';
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBroken, parseRecordBatches, projectionOf, scanProjected, type CsvRecord, type Projection } from '../../src/ingest/records.js';
import { decodeChunks } from '../../src/ingest/decode.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const HEADER = ['id', 'b', 'c', 'd'];
const TOKENS = ['a', 'id', ' ', ',', ';', '\t', '"', '""', '\n', 'ж', 'x y', '"q"', '\u00a0'];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((ts) => ts.join(''));
const delimiter = fc.constantFrom(',', ';', '\t');
const read = fc.uniqueArray(fc.integer({ min: 0, max: HEADER.length - 1 }), { maxLength: HEADER.length });

const parserFor = (d: string) => new Papa.Parser({ delimiter: d, newline: '\n', quoteChar: '"' });

function papa(s: string, d: string, last: boolean) {
  return parserFor(d).parse(s, 0, !last) as {
    data: string[][];
    errors: Array<{ code: string; row: number }>;
    meta: { cursor: number };
  };
}

/** The scanner's records, completed by papaparse from a broken quote on (as parseRecordBatches does). */
const scan = (s: string, d: string, p: Projection | null, last: boolean) => completeBroken(scanProjected(s, d, p, last), s, last, parserFor(d));

const lf = (cells: string[]) => cells.join('').split('\n').length - 1;

/** A record may hold '' for a cell not asked for only when it is certainly not blank, not the header, not longer than it. */
function mayProject(cells: string[], p: Projection): boolean {
  return cells[0]!.trim() !== '' && cells[0] !== p.header[0] && cells.length <= p.header.length;
}

/** Cells asked for as read whole; another as read whole, or '' when the record may be projected. */
function expectProjected(got: string[], whole: string[], p: Projection): void {
  expect(got.length).toBe(whole.length);
  const projected = mayProject(whole, p);
  whole.forEach((c, k) => {
    if (p.need[k] === 1 || !projected || got[k] !== '') expect(got[k]).toBe(c);
  });
}

describe('scanProjected', () => {
  it('without a projection, gives papaparse’s records, cursor, errors and line breaks exactly', () => {
    fc.assert(
      fc.property(text, delimiter, fc.boolean(), (s, d, last) => {
        const want = papa(s, d, last);
        const got = scan(s, d, null, last);
        expect(got.meta.cursor).toBe(want.meta.cursor);
        expect(got.data).toEqual(want.data);
        expect(got.breaks).toEqual(want.data.map(lf));
        const rows = (errors: Array<{ code: string; row: number }>) => errors.filter((e) => e.row < want.data.length).map((e) => `${e.row}:${e.code}`);
        expect(rows(got.errors)).toEqual(rows(want.errors));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives papaparse’s records, cursor, errors and line breaks, the cells asked for unchanged', () => {
    fc.assert(
      fc.property(text, delimiter, read, fc.boolean(), (s, d, cols, last) => {
        const p = projectionOf(HEADER, cols);
        const want = papa(s, d, last);
        const got = scan(s, d, p, last);
        expect(got.meta.cursor).toBe(want.meta.cursor);
        expect(got.data.length).toBe(want.data.length);
        want.data.forEach((cells, r) => {
          expectProjected(got.data[r]!, cells, p);
          expect(got.breaks?.[r]).toBe(lf(cells));
        });
        const rows = (errors: Array<{ code: string; row: number }>) => errors.filter((e) => e.row < want.data.length).map((e) => `${e.row}:${e.code}`);
        expect(rows(got.errors)).toEqual(rows(want.errors));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseRecordBatches with a projection', () => {
  it('reads the records, lines and problems of the whole reader, in any chunks', async () => {
    const cuts = fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(text, delimiter, read, cuts, async (s, d, cols, sizes) => {
        const chunks = () => chunked(s, sizes);
        const collect = async (projection?: { current: Projection | null }) => {
          const out: CsvRecord[] = [];
          for await (const b of parseRecordBatches(chunks(), d, 'x', projection)) out.push(...b);
          return out;
        };
        const p = projectionOf(HEADER, cols);
        const whole = await collect();
        const got = await collect({ current: p });
        expect(got.map((r) => [r.line, r.problem])).toEqual(whole.map((r) => [r.line, r.problem]));
        whole.forEach((r, i) => expectProjected(got[i]!.cells, r.cells, p));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseRecordBatches on the bytes of decodeChunks (UTF-8), projected', () => {
  // multibyte characters cut by the chunks, a byte-order mark inside, CRLF and lone CR, broken UTF-8
  const BYTES: Uint8Array[] = [...TOKENS, 'ж', '€', '😀', '\uFEFF', '\r\n', '\r', '\n\n', 'b,c,d\n'].map((t) => new TextEncoder().encode(t));
  BYTES.push(Uint8Array.of(0xff), Uint8Array.of(0xe2, 0x82), Uint8Array.of(0xf0, 0x9f));
  // records of the header's width (mostly common lines, which are read from their bytes) among the tokens
  const cell = fc.array(fc.constantFrom('a', 'id', 'ж', '€', '😀', '\uFEFF', ' ', 'x y', '\u00a0', '\r', '"'), { maxLength: 3 }).map((t) => t.join(''));
  const record = (d: string) =>
    fc.tuple(fc.array(cell, { minLength: HEADER.length - 1, maxLength: HEADER.length + 1 }), fc.constantFrom('\n', '\n', '\r\n', '\r')).map(([cs, end]) => new TextEncoder().encode(cs.join(d) + end));
  const input = delimiter.chain((d) => fc.tuple(fc.constant(d), fc.array(fc.oneof(record(d), record(d), fc.constantFrom(...BYTES)), { maxLength: 40 }).map((ts) => Buffer.concat(ts))));
  const cuts = fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 30 });

  it('gives the records, lines, problems and cells of the whole text, the projection set from the start or after the first batch', async () => {
    await fc.assert(
      fc.asyncProperty(input, read, cuts, fc.boolean(), async ([d, b], cols, sizes, late) => {
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(b).replace(/\r\n?/g, '\n');
        const whole: CsvRecord[] = [];
        async function* one() {
          if (text !== '') yield text;
        }
        for await (const batch of parseRecordBatches(one(), d, 'x')) whole.push(...batch);
        const p = projectionOf(HEADER, cols);
        const projection: { current: Projection | null } = { current: late ? null : p };
        const got: CsvRecord[] = [];
        for await (const batch of parseRecordBatches(decodeChunks(chunked(b, sizes), 'utf-8', () => projection.current !== null), d, 'x', projection)) {
          got.push(...batch);
          projection.current = p;
        }
        expect(got.map((r) => [r.line, r.problem])).toEqual(whole.map((r) => [r.line, r.problem]));
        whole.forEach((r, i) => expectProjected(got[i]!.cells, r.cells, p));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads common lines from their bytes, multibyte cells decoded', async () => {
    const p = projectionOf(HEADER, [1, 3]);
    const b = new TextEncoder().encode('r1,жж,c1,€\nr2,b2,c2,😀\n');
    const got: CsvRecord[] = [];
    for await (const batch of parseRecordBatches(decodeChunks(chunked(b, [5, 3, 7]), 'utf-8', () => true), ',', 'x', { current: p })) got.push(...batch);
    expect(got.map((r) => r.cells)).toEqual([
      ['r1', 'жж', '', '€'],
      ['r2', 'b2', '', '😀'],
    ]);
  });
});

describe('a line without quotes', () => {
  it('is projected when it may be, and given whole when it may be blank, the header or too long', () => {
    const p = projectionOf(HEADER, [2]);
    const s = 'r1,b1,c1,d1\n ,b2,c2,d2\nid,b3,c3,d3\nr4,b4,c4,d4,e4\nr5,b5\n';
    expect(scanProjected(s, ',', p, false).data).toEqual([
      ['r1', '', 'c1', ''],
      [' ', 'b2', 'c2', 'd2'],
      ['id', 'b3', 'c3', 'd3'],
      ['r4', 'b4', 'c4', 'd4', 'e4'],
      ['r5', ''],
    ]);
  });

  it('reads the last cell and any delimiter, a quote or a missing cell sending the line to the scanner', () => {
    const p = projectionOf(HEADER, [1, 3]);
    for (const d of [',', ';', '\t']) {
      const s = ['r1', 'b1', 'c1', 'd1\nr2', 'b2', '"c,2"', 'd2\nr3', 'b3', 'c3\nr4', 'b4', 'c4', ''].join(d) + '\n';
      expect(scanProjected(s, d, p, false).data).toEqual([
        ['r1', 'b1', '', 'd1'],
        ['r2', 'b2', '', 'd2'],
        ['r3', 'b3', ''],
        ['r4', 'b4', '', ''],
      ]);
    }
  });
});
