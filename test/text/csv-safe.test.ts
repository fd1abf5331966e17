import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvLine, safeCell, toCsv } from '../../src/text/csv-safe.js';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

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
    expect(csv).toBe(`"a","b"\n"'=x,y","say ""hi"""\n"multi\nline",3\n`);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = safeCell(s);
        const dangerous = /^[=+\-@\t\r]/.test(cell);
        expect(!dangerous || NUMBER.test(cell)).toBe(true);
      }),
    );
  });

  it('is safe for spreadsheets that split on `;` (Russian-locale Excel): a formula after , ; or tab inside a cell is neutralised', () => {
    // before: `x;=1+2;y` was written as is, and Excel with `;` as its list separator ran `=1+2`
    expect(safeCell('x;=1+2;y')).toBe("x;'=1+2;y");
    expect(safeCell('a,+1\t@SUM(A1);-2+3')).toBe("a,'+1\t'@SUM(A1);'-2+3");
    expect(toCsv(['v'], [['x;=1+2;y']])).toBe(`"v"\n"x;'=1+2;y"\n`);
    expect(safeCell('1;2;3')).toBe('1;2;3');
    expect(toCsv(['n'], [[-5], ['-5']])).toBe('"n"\n-5\n-5\n');
    // whatever the text, no part that a `,`, `;` or tab splitter sees starts a formula
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', 'x', '1', ' ', '\r') }), (s) => {
        if (NUMBER.test(s)) return;
        for (const part of safeCell(s).split(/[,;\t]/)) expect(/^[=+\-@\r]/.test(part), JSON.stringify(s)).toBe(false);
      }),
    );
  });

  it('quotes every text cell; with minimalQuotes (the sample inputs) only where needed', () => {
    expect(csvLine(['KGZ', 3, '2.5', null, ''])).toBe('"KGZ",3,2.5,,');
    expect(csvLine(['KGZ', 'a;b', ' x', '=1'], { minimalQuotes: true })).toBe(`KGZ,"a;b"," x",'=1`);
  });

  it('starts with a UTF-8 byte-order mark only when asked (files for spreadsheets, not stdout)', () => {
    expect(toCsv(['a'], [['Кыргызстан']])).toBe('"a"\n"Кыргызстан"\n');
    const file = toCsv(['a'], [['Кыргызстан']], { bom: true });
    expect(file).toBe(`${UTF8_BOM}"a"\n"Кыргызстан"\n`);
    expect([...Buffer.from(file, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
