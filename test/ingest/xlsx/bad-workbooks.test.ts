/**
 * Workbooks that cannot be read are exit 2 with what is wrong, before any row: password-protected
 * (an encrypted OLE container), old .xls, truncated or damaged, a ZIP that is no workbook, and
 * macro-enabled (.xlsm, a VBA project). For every command that reads an export.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { koboExport } from '../../helpers/kobo-fixture.js';
import { writeXlsx } from '../../helpers/xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-badxlsx-'));
const good = join(dir, 'good.xlsx');
const files: Record<string, string> = {};

/** An OLE compound file header with, further on, the given UTF-16LE directory names. */
function ole(names: string[]): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  let at = 1024;
  for (const n of ['Root Entry', ...names]) {
    Buffer.from(n, 'utf16le').copy(b, at);
    at += 128;
  }
  return b;
}

beforeAll(async () => {
  const { header, rows } = koboExport(50, 'kobo-labels');
  await writeXlsx(good, [{ name: 'data', rows: [header, ...rows] }]);
  const bytes = readFileSync(good);
  const parts = unzipSync(bytes);
  const put = (name: string, data: Uint8Array) => {
    files[name] = join(dir, name);
    writeFileSync(files[name], data);
  };
  put('protected.xlsx', ole(['EncryptionInfo', 'EncryptedPackage']));
  put('old.xls', ole(['Workbook', 'SummaryInformation']));
  put('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
  // the directory is whole, the compressed cells are not
  const sheet = Buffer.from(zipSync({ ...parts }, { level: 6 }));
  const at = sheet.indexOf('xl/worksheets/sheet1.xml') + 200;
  for (let i = at; i < at + 400; i++) sheet[i] = 0xff ^ sheet[i]!;
  put('damaged.xlsx', sheet);
  put('macro.xlsx', zipSync({ ...parts, 'xl/vbaProject.bin': strToU8('VBA project') }));
  put('macro.xlsm', bytes);
  put('notes.zip.xlsx', zipSync({ 'readme.txt': strToU8('not a workbook') }));
}, 60_000);

describe('unreadable workbooks', () => {
  const cases: Array<[string, RegExp]> = [
    ['protected.xlsx', /password-protected/],
    ['old.xls', /Excel 97-2003/],
    ['truncated.xlsx', /cannot be read as an Excel workbook/],
    ['damaged.xlsx', /cannot be read as an Excel workbook/],
    ['macro.xlsx', /macro-enabled/],
    ['macro.xlsm', /macro-enabled/],
    ['notes.zip.xlsx', /not an Excel workbook/],
  ];
  for (const [name, message] of cases) {
    it(`${name}: exit 2 for validate, query, build and mapping`, async () => {
      const f = files[name]!;
      const runs = [
        await runCli(['validate', f]),
        await runCli(['query', f, '--by', 'sex', '--no-cache']),
        await runCli(['build', '--survey', f, '--out', join(dir, `out-${name}`), '--no-cache', '--bulletin', '1']),
        await runCli(['mapping', f]),
      ];
      for (const r of runs) expect(r.code).toBe(2);
      // mapping refuses a damaged workbook of data at its sheet names: it is no XLSForm
      for (const r of name === 'damaged.xlsx' ? runs.slice(0, 3) : runs) expect(r.stderr).toMatch(message);
    }, 60_000);
  }

  it('the good workbook they were made from is read', async () => {
    const r = await runCli(['validate', good]);
    expect(r.code).toBe(0);
  });
});
