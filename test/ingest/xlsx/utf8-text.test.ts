/**
 * Russian text in workbooks is read whole wherever chunk boundaries fall: in the shared-string
 * table (read before the sheet, which Excel writes first) and in inline strings. ExcelJS decodes
 * each chunk on its own; ingest/xlsx/exceljs-reader.ts hands it decoded text.
 */
import { expect, it } from 'vitest';
import { openInput } from '../../../src/ingest/open-input.js';
import { tempDir } from '../helpers.js';
import { writeXlsx, type XlsxCell } from '../../helpers/xlsx.js';

const t = tempDir();
const ROWS = 6000; // well over 64 KiB of text in either place
const text = (i: number) => `Вернувшиеся мигранты № ${i} — Ёлка, «кавычки» 🙂`;

for (const sharedStrings of [true, false]) {
  it(`reads every Cyrillic cell unchanged (${sharedStrings ? 'shared strings' : 'inline strings'})`, async () => {
    const path = `${t.dir}/ru-${sharedStrings}.xlsx`;
    function* rows(): Generator<XlsxCell[]> {
      yield ['id', 'текст'];
      for (let i = 0; i < ROWS; i++) yield [i, text(i)];
    }
    await writeXlsx(path, [{ name: 'данные', rows: rows() }], { sharedStrings });
    const x = await openInput(path);
    expect(x.header).toEqual(['id', 'текст']);
    let n = 0;
    for await (const row of x.rows) {
      expect(row.cells[1]).toBe(text(n));
      n++;
    }
    expect(n).toBe(ROWS);
  }, 120_000);
}
