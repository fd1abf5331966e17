import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, safeCell, toCsv } from '../../src/pipeline/csv-safe.js';

describe('formula-injection-safe CSV', () => {
  it('neutralises text that a spreadsheet would run', () => {
    expect(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'].map(safeCell)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      `'=HYPERLINK("http://x")`,
    ]);
  });

  it('keeps numbers, including negative ones written as text', () => {
    expect([-5, '-5', '+3.5', '-1e3', 0.25, 'Kyrgyzstan', null].map((c) => safeCell(c as never))).toEqual(['-5', '-5', '+3.5', '-1e3', '0.25', 'Kyrgyzstan', '']);
  });

  it('quotes fields and never lets a cell start a formula', () => {
    const csv = toCsv(['a', 'b'], [['=x,y', 'say "hi"'], ['multi\nline', 3]]);
    expect(csv).toBe(`a,b\n"'=x,y","say ""hi"""\n"multi\nline",3\n`);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = safeCell(s);
        const dangerous = /^[=+\-@\t\r]/.test(cell);
        expect(!dangerous || /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell)).toBe(true);
      }),
    );
  });

  it('starts with a UTF-8 byte-order mark only when asked (files for spreadsheets, not stdout)', () => {
    expect(toCsv(['a'], [['Кыргызстан']])).toBe('a\nКыргызстан\n');
    const file = toCsv(['a'], [['Кыргызстан']], { bom: true });
    expect(file).toBe(`${UTF8_BOM}a\nКыргызстан\n`);
    expect([...Buffer.from(file, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
