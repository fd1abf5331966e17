/**
 * XLSX input: a Kobo-style export (group prefixes, split select_multiple columns, metadata columns,
 * single choices as Russian labels, numbers as numbers, dates as date cells, a repeat-group sheet)
 * and the same data as CSV give the same `validate` summary and issues and byte-identical `query`
 * answers; issues in a workbook name the sheet, row and column.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { canonicalRows, csvText, koboExport, writeExport } from '../../helpers/kobo-fixture.js';
import { writeXlsx, type XlsxCell } from '../../helpers/xlsx.js';
import type { Issue } from '../../../src/model/issue.js';

const N = 300;
const dir = mkdtempSync(join(tmpdir(), 'bulletin-xlsx-'));
const csv = join(dir, 'kobo.csv');
const xlsx = join(dir, 'kobo.xlsx');
const canonical = join(dir, 'canonical.csv');
const cleanCsv = join(dir, 'clean.csv');
const cleanXlsx = join(dir, 'clean.xlsx');
const SHEET = 'Survey KGZ (adapted)';

beforeAll(async () => {
  // bad values as a field team makes them, the same in both files
  await writeExport(N, 'kobo-labels', csv, xlsx, {
    edit: (header, rows) => {
      const at = (h: string) => header.indexOf(h);
      rows[3]![at('grp_profile/age')] = 250;
      rows[5]![at('grp_profile/sex')] = 'x';
      rows[7]![at('grp_main/interview_date')] = '2021-02-30'; // typed as text: no date cell can hold it
      rows[9]![at('grp_main/response_id')] = rows[8]![at('grp_main/response_id')]!;
      rows[11]![at('grp_main/marital_status')] = 'Неизвестно';
      rows[13]![at('grp_mig/migration_reason/employment')] = 2;
      rows[15]![at('grp_main/household_size')] = 'семь';
      rows[17]![at('grp_main/country')] = 'KYR';
      // typed cells a CSV holds as text: a boolean, rich text
      rows[19]![at('grp_main/consent')] = true;
      rows[21]![at('grp_profile/sex')] = { richText: [{ text: 'Жен', font: { bold: true } }, { text: 'щины' }] };
    },
  });
  // without a shared-string table: every string inline in the sheet
  await writeExport(N, 'kobo-labels', cleanCsv, cleanXlsx, { sharedStrings: false });
  const { header, rows } = canonicalRows(N);
  writeFileSync(canonical, csvText(header, rows));
}, 60_000);

const strip = (i: Issue) => ({ ...i, file: '', cell: undefined });

describe('a Kobo-style XLSX export and the same data as CSV', () => {
  it('give the same validate summary and issues', async () => {
    const a = await runCli(['validate', csv, '--json']);
    const b = await runCli(['validate', xlsx, '--json']);
    expect(b.code).toBe(a.code);
    const da = JSON.parse(a.stdout);
    const db = JSON.parse(b.stdout);
    expect(db.summary).toEqual(da.summary);
    expect(db.summary.rows).toBe(N);
    expect(db.issues.map(strip)).toEqual(da.issues.map(strip));
    expect(da.summary.errors).toBeGreaterThanOrEqual(8);
    expect(db.sheet).toBe(SHEET);
    expect(db.notes.join(' ')).toContain('hh_members');
  });

  it('give byte-identical query answers, equal to the canonical data when clean', async () => {
    const queries = [
      ['--by', 'country,sex', '--stat', 'share', '--ci'],
      ['--by', 'population_group,migration_reason', '--stat', 'share'],
      ['--by', 'interview_date'],
      ['--by', 'country', '--stat', 'median:remittance_amount'],
      ['--by', 'period,main_breadwinner', '--stat', 'share', '--min-cell', '5'],
    ];
    for (const q of queries) {
      const want = await runCli(['query', canonical, ...q, '--format', 'csv', '--no-cache']);
      expect(want.code).toBe(0);
      // with bad rows (left out alike) and without (the canonical answers)
      for (const [c, x, same] of [[csv, xlsx, false], [cleanCsv, cleanXlsx, true]] as const) {
        const fromCsv = await runCli(['query', c, ...q, '--format', 'csv', '--no-cache']);
        const fromXlsx = await runCli(['query', x, ...q, '--format', 'csv', '--no-cache']);
        expect(fromXlsx.stderr, q.join(' ')).toBe(fromCsv.stderr);
        expect(fromXlsx.stdout, q.join(' ')).toBe(fromCsv.stdout);
        if (same) expect(fromXlsx.stdout, q.join(' ')).toBe(want.stdout);
      }
    }
  });

  it('read as raw (any form) give the same answers', async () => {
    const q = ['--kind', 'raw', '--by', 'grp_profile/sex', '--format', 'csv', '--no-cache'];
    const a = await runCli(['query', csv, ...q]);
    const b = await runCli(['query', xlsx, ...q]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('issues in a workbook', () => {
  it('name the sheet, the row and the column', async () => {
    const { header, rows } = koboExport(20, 'kobo-labels');
    const ageAt = header.indexOf('grp_profile/age');
    rows[10]![ageAt] = 250; // row 12 of the sheet (header on row 1)
    const file = join(dir, 'bad.xlsx');
    await writeXlsx(file, [{ name: 'data', rows: [header, ...rows] as XlsxCell[][] }]);
    const r = await runCli(['validate', file, '--json']);
    expect(r.code).toBe(1);
    const issue = (JSON.parse(r.stdout).issues as Issue[]).find((i) => i.rule === 'age.range')!;
    const letters = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));
    expect(issue).toMatchObject({ file: `${file}!data`, line: 12, column: 'age', value: '250', cell: `${letters(ageAt)}12` });
    const text = await runCli(['validate', file]);
    expect(text.stderr).toContain(`${letters(ageAt)}12`);
    expect(text.stderr).toMatch(/^cell\s+severity/m);
    const report = join(dir, 'report.csv');
    await runCli(['validate', file, '--report', report]);
    expect(readFileSync(report, 'utf8')).toMatch(new RegExp(`,"?${letters(ageAt)}12"?\\r?\\n`));
  });
});

describe('dates', () => {
  it('a date whose cell lost its date format (a plain serial number) is read as the date', async () => {
    const { header, rows } = koboExport(30, 'kobo-labels');
    const at = header.indexOf('grp_main/interview_date');
    const serial = (d: Date) => d.getTime() / 86_400_000 + 25569;
    const plain = rows.map((r) => r.map((c, i) => (i === at && c instanceof Date ? serial(c) : c)));
    const asCells = join(dir, 'dates-cells.xlsx');
    const asNumbers = join(dir, 'dates-numbers.xlsx');
    await writeXlsx(asCells, [{ name: 'data', rows: [header, ...rows] }]);
    await writeXlsx(asNumbers, [{ name: 'data', rows: [header, ...plain] }]);
    const q = ['--by', 'interview_date', '--format', 'csv', '--no-cache'];
    const a = await runCli(['query', asCells, ...q]);
    const b = await runCli(['query', asNumbers, ...q]);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^"?\d{4}-\d\d-\d\d"?,/m);
    expect(b.stdout).toBe(a.stdout);
    plain[4]![at] = 2024; // a year typed into the date: not a plausible serial, stays invalid
    const spoiled = join(dir, 'dates-spoiled.xlsx');
    await writeXlsx(spoiled, [{ name: 'data', rows: [header, ...plain] }]);
    const v = JSON.parse((await runCli(['validate', spoiled, '--json'])).stdout);
    expect(v.issues.map((i: Issue) => [i.rule, i.value, i.line])).toEqual([['interview_date.date', '2024', 6]]);
  });
});

describe('the sheet read', () => {
  it('is --sheet NAME when given; an unknown sheet is exit 2 naming the sheets', async () => {
    const r = await runCli(['validate', xlsx, '--sheet', 'hh_members', '--json']);
    expect(r.code).toBe(2); // a repeat group is not a survey file
    const bad = await runCli(['validate', xlsx, '--sheet', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"hh_members"');
    const q = await runCli(['query', xlsx, '--sheet', SHEET.toLowerCase(), '--by', 'sex', '--format', 'csv', '--no-cache']);
    expect(q.code).toBe(0);
  });

  it('an XLSForm given as data is exit 2 pointing to bulletin mapping', async () => {
    const form = join(dir, 'form.xlsx');
    await writeXlsx(form, [{ name: 'survey', rows: [['type', 'name'], ['integer', 'age']] }, { name: 'choices', rows: [['list_name', 'name']] }]);
    const r = await runCli(['validate', form]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bulletin mapping');
  });
});
