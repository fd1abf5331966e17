// Property tests of the reader: any bytes either parse or give a clear UsageError; generated
// records written with random quoting, delimiter, line ends, BOM and encoding read back equal,
// with the true line numbers; and chunk boundaries never change what is read.
import { chunked } from '../helpers/chunked.js';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseRecordBatches } from '../../src/ingest/records.js';
import { readAll, tempDir } from './helpers.js';

const t = tempDir();
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

describe('any bytes', () => {
  it('either read as CSV or refused with a UsageError', async () => {
    const prefixes = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47]];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (prefix, body, ascii) => {
        const bytes = Uint8Array.from([...prefix, ...(ascii ? body.map((b) => [0x2c, 0x22, 0x0a, 0x0d, 0x61, 0x3b][b % 6]!) : body)]);
        const p = t.file('any.csv', bytes);
        try {
          const r = await readAll(p);
          let last = r.headerLine;
          for (const row of r.rows) {
            expect(row.line).toBeGreaterThan(last);
            last = row.line;
          }
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

const ALPHABET = ['a', 'b', 'Z', '1', '0', ' ', ',', ';', '\t', '"', '\n', 'é', 'ж', 'Ё', '-', '.', "'"];
const cell = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 }).map((cs) => cs.join(''));

interface Layout {
  delimiter: ',' | ';' | '\t';
  eol: '\n' | '\r\n';
  quoteAll: boolean;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';
  finalEol: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  quoteAll: fc.boolean(),
  encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'utf-16le' as const, 'utf-16be' as const, 'windows-1251' as const, 'windows-1252' as const),
  finalEol: fc.boolean(),
});

function write(records: string[][], l: Layout): Uint8Array {
  const field = (v: string) => {
    const quote = l.quoteAll || v.includes(l.delimiter) || v.includes('"') || v.includes('\n');
    const body = l.eol === '\r\n' ? v.replace(/\n/g, '\r\n') : v;
    return quote ? `"${body.replace(/"/g, '""')}"` : body;
  };
  const text = records.map((r) => r.map(field).join(l.delimiter)).join(l.eol) + (l.finalEol ? l.eol : '');
  switch (l.encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le':
    case 'utf-16be':
      return iconv.encode(text, l.encoding, { addBOM: true });
    default:
      return iconv.encode(text, l.encoding);
  }
}

/** What can be written in the 8-bit encoding: Windows-1251 has no é, Windows-1252 no Cyrillic. */
function representable(records: string[][], enc: Layout['encoding']): string[][] {
  const drop = enc === 'windows-1251' ? /é/g : enc === 'windows-1252' ? /[жЁ]/g : null;
  return drop ? records.map((r) => r.map((c) => c.replace(drop, 'x'))) : records;
}

const blank = (r: string[]) => r.every((c) => c.trim() === '');

describe('round trip', () => {
  it('reads back what was written, with the true line numbers', async () => {
    const table = fc.integer({ min: 1, max: 5 }).chain((w) =>
      fc.tuple(fc.array(cell, { minLength: w, maxLength: w }), fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 12 })),
    );
    await fc.assert(
      fc.asyncProperty(table, layout, async ([rawHeader, rawRows], l) => {
        const header = rawHeader.map((h, i) => `h${i}${h.replace(/[\n"]/g, '')}`);
        const records = representable([header, ...rawRows], l.encoding);
        const p = t.file('rt.csv', write(records, l));
        const forced = l.encoding.startsWith('windows') ? { encoding: l.encoding } : {};
        const r = await readAll(p, { delimiter: l.delimiter, ...forced });
        expect(r.header).toEqual(records[0]);
        let line = 1 + 1 + (records[0]!.join('').match(/\n/g)?.length ?? 0);
        const expected: Array<{ line: number; cells: string[] }> = [];
        for (const rec of records.slice(1)) {
          if (!blank(rec)) expected.push({ line, cells: rec });
          line += 1 + (rec.join('').match(/\n/g)?.length ?? 0);
        }
        expect(r.rows.map((x) => ({ line: x.line, cells: x.cells }))).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('sniffs the delimiter of files with an identifier header', async () => {
    const ident = fc.stringMatching(/^[a-z][a-z_]{0,8}$/);
    const value = fc.stringMatching(/^[A-Za-z0-9 .]{0,6}$/);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 6 }), layout, fc.array(fc.array(value, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 6 }), ident, async (w, l, rows, h) => {
        const header = Array.from({ length: w }, (_, i) => `${h}${i}`);
        const records = [header, ...rows.map((r) => r.slice(0, w))];
        const p = t.file('sniff.csv', write(records, { ...l, encoding: 'utf-8' }));
        expect((await readAll(p)).delimiter).toBe(l.delimiter);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('chunk boundaries', () => {
  it('never change the records or their lines', async () => {
    const text = fc.array(fc.constantFrom('a', ',', '"', '\n', ' ', 'ж'), { maxLength: 200 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 30 }), async (s, cuts) => {
        const chunks = (sizes: number[]) => chunked(s, sizes);
        const collect = async (sizes: number[]) => {
          const out = [];
          for await (const b of parseRecordBatches(chunks(sizes), ',', 'x')) out.push(...b);
          return out;
        };
        expect(await collect(cuts)).toEqual(await collect([s.length]));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
