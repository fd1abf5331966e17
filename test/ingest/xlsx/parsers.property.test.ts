/**
 * Property tests of the small parsers of XLSX input: cell text (numbers round-trip, dates read
 * back by the validator's date parser), column letters, the ZIP central directory and entries,
 * and sheet names in workbook.xml (XML entities).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellText, dateText, numberText } from '../../../src/ingest/xlsx/cell-text.js';
import { columnLetter } from '../../../src/ingest/xlsx/locate.js';
import { sheetsOf } from '../../../src/ingest/xlsx/workbook-parts.js';
import { listZip, readZipEntry } from '../../../src/ingest/xlsx/zip-directory.js';
import { parseDate } from '../../../src/validate/date.js';
import { parseNumber } from '../../../src/validate/number.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'bulletin-xlsx-prop-'));

describe('cell text', () => {
  it('a number reads back as the same number through the validator', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        expect(parseNumber(numberText(x))).toBe(Object.is(x, -0) ? 0 : x);
      }),
      { numRuns: RUNS },
    );
  });

  it('a date cell is its calendar date; a time of day is kept after T and dropped by the validator', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const t = dateText(d);
        const rounded = new Date(Math.round(d.getTime() / 1000) * 1000);
        expect(parseDate(t)).toBe(rounded.toISOString().slice(0, 10));
        expect(t.length === 10).toBe(rounded.toISOString().endsWith('T00:00:00.000Z'));
      }),
      { numRuns: RUNS },
    );
  });

  it('rich text, formulas, errors, booleans and hyperlinks give their text', () => {
    expect(cellText({ richText: [{ text: 'Же' }, { text: 'нщины' }] })).toBe('Женщины');
    expect(cellText({ formula: 'A1+1', result: 26 })).toBe('26');
    expect(cellText({ sharedFormula: 'B2', result: 'male' })).toBe('male');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(true)).toBe('true');
    expect(cellText({ text: 'link', hyperlink: 'http://x' })).toBe('link');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Date.UTC(2024, 4, 1, 23, 59, 59, 999.6)))).toBe('2024-05-02');
  });
});

describe('column letters', () => {
  it('are bijective base-26 (A..Z, AA..)', () => {
    const decode = (s: string) => [...s].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => {
      expect(decode(columnLetter(i))).toBe(i);
    }), { numRuns: RUNS });
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(701), columnLetter(702)]).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('the ZIP directory', () => {
  it('lists every entry and reads each back, stored or deflated', async () => {
    let k = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_/]{0,20}\.xml$/), fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(0, 6)), {
          minLength: 1,
          maxLength: 8,
          selector: (e) => e[0],
        }),
        async (entries) => {
          const path = join(dir, `z${k++}.zip`);
          writeFileSync(path, zipSync(Object.fromEntries(entries.map(([n, d, level]) => [n, [d, { level }]]))));
          const fh = await open(path, 'r');
          try {
            const list = await listZip(fh, (await fh.stat()).size);
            expect(list!.map((e) => e.name)).toEqual(entries.map((e) => e[0]));
            for (const [i, e] of list!.entries()) expect(new Uint8Array(await readZipEntry(fh, e) ?? [1, 2, 3])).toEqual(entries[i]![1]);
          } finally {
            await fh.close();
          }
        },
      ),
      { numRuns: Math.min(RUNS, 50) },
    );
  });

  it('is null for a truncated archive', async () => {
    const bytes = zipSync({ 'a.xml': new Uint8Array(100) });
    const path = join(dir, 'cut.zip');
    writeFileSync(path, bytes.subarray(0, bytes.length - 10));
    const fh = await open(path, 'r');
    expect(await listZip(fh, bytes.length - 10)).toBeNull();
    await fh.close();
  });
});

describe('sheets of workbook.xml', () => {
  it('names with XML entities, relative and absolute targets, hidden sheets', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => {
        const esc = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
        const wb = `<workbook><sheets><sheet name="${esc}" sheetId="1" r:id="rId1"/><sheet name="h" state="hidden" sheetId="2" r:id="rId2"/></sheets></workbook>`;
        const rels = '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>';
        expect(sheetsOf(wb, rels)).toEqual([
          { name, hidden: false, part: 'xl/worksheets/sheet1.xml' },
          { name: 'h', hidden: true, part: 'xl/worksheets/sheet2.xml' },
        ]);
      }),
      { numRuns: RUNS },
    );
  });
});
