// `bulletin validate` end to end, in-process: exit codes, summary, --json, --report.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../ingest/helpers.js';
import { csvText, SURVEY_HEADER, surveyRow } from './rows.js';

const t = tempDir();
const good = () => t.file('good.csv', csvText(SURVEY_HEADER, [surveyRow(1), surveyRow(2)]));
const bad = () => t.file('bad.csv', csvText(SURVEY_HEADER, [surveyRow(1), surveyRow(2, { age: '250' }), surveyRow(3, { sex: '=HYPERLINK("x")' })]));

interface Doc {
  file: string;
  kind: string;
  encoding: string;
  delimiter: string;
  summary: Record<string, unknown>;
  issues: Array<Record<string, unknown>>;
}

describe('bulletin validate', () => {
  it('exits 0 on a clean file and prints the summary on stderr', async () => {
    const r = await runCli(['validate', good()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/survey file, utf-8, delimiter ,/);
    expect(r.stderr).toMatch(/rows read 2, accepted 2, rejected 0, excluded \(no consent\) 0; errors 0, warnings 0/);
  });

  it('exits 1 with the first issues in a table', async () => {
    const r = await runCli(['validate', bad()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rejected 2/);
    expect(r.stderr).toMatch(/^3\s+error\s+age\.range\s+age\s+250\s+/m);
    expect(r.stderr).toMatch(/^4\s+error\s+sex\.code\s+sex/m);
  });

  it('prints exactly one JSON document with --json', async () => {
    const p = bad();
    const r = await runCli(['validate', p, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(Object.keys(doc)).toEqual(['file', 'kind', 'encoding', 'delimiter', 'summary', 'issues']);
    expect(doc).toMatchObject({ file: p, kind: 'survey', encoding: 'utf-8', delimiter: ',' });
    expect(doc.summary).toEqual({
      rows: 3,
      accepted: 1,
      rejected: 2,
      excluded: 0,
      errors: 2,
      warnings: 0,
      issuesKept: 2,
      issuesTruncated: false,
      byRule: [
        { rule: 'age.range', severity: 'error', count: 1, examples: ['250'] },
        { rule: 'sex.code', severity: 'error', count: 1, examples: ['=HYPERLINK("x")'] },
      ],
    });
    expect(doc.issues[0]).toEqual({
      severity: 'error',
      rule: 'age.range',
      file: p,
      line: 3,
      column: 'age',
      value: '250',
      expected: 'integer 14–99',
      message: 'age: "250" is not valid, expected integer 14–99',
    });
  });

  it('writes a formula-safe CSV report and a JSON report atomically', async () => {
    const csvReport = `${t.dir}/report.csv`;
    const r = await runCli(['validate', bad(), '--report', csvReport]);
    expect(r.code).toBe(1);
    const text = readFileSync(csvReport, 'utf8');
    expect(text.split('\n')[0]).toBe('\uFEFF"severity","rule","file","line","column","value","expected","message"'); // BOM for Excel
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).not.toMatch(/,=HYPERLINK/);
    const jsonReport = `${t.dir}/report.json`;
    await runCli(['validate', bad(), '--report', jsonReport]);
    expect((JSON.parse(readFileSync(jsonReport, 'utf8')) as Doc).issues).toHaveLength(2);
    expect(readdirSync(t.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('keeps at most --max-issues issues but counts them all', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => surveyRow(i, { age: '5' }));
    const p = t.file('many.csv', csvText(SURVEY_HEADER, rows));
    const r = await runCli(['validate', p, '--json', '--max-issues', '7']);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.issues).toHaveLength(7);
    expect(doc.summary.errors).toBe(30);
    expect(doc.summary.issuesKept).toBe(7);
    expect(doc.summary.issuesTruncated).toBe(true);
    const text = await runCli(['validate', p, '--max-issues', '7']);
    expect(text.stderr).toMatch(/first 7 of 30 issues/);
  });

  it('counts every issue per rule, beyond --max-issues, with example values', async () => {
    const places = ['Atlantis', 'Mordor', 'Narnia', 'Gondor'];
    const rows = Array.from({ length: 40 }, (_, i) => surveyRow(i, { age: i % 4 === 0 ? '250' : '30', admin1: places[i % places.length]! }));
    const p = t.file('rules.csv', csvText(SURVEY_HEADER, rows));
    const r = await runCli(['validate', p, '--json', '--max-issues', '3']);
    const doc = JSON.parse(r.stdout) as { summary: { byRule: Array<{ rule: string; severity: string; count: number; examples: string[] }> } };
    expect(doc.summary.byRule).toEqual([
      { rule: 'admin1.unknown', severity: 'warning', count: 40, examples: ['Atlantis', 'Mordor', 'Narnia'] },
      { rule: 'age.range', severity: 'error', count: 10, examples: ['250'] },
    ]);
    const text = await runCli(['validate', p]);
    expect(text.stderr).toMatch(/all 50 issues by rule:\nrule +severity +issues +for example\nadmin1\.unknown +warning +40 +"Atlantis", "Mordor", "Narnia"\nage\.range +error +10 +"250"/);
    const few = await runCli(['validate', bad()]);
    expect(few.stderr).not.toMatch(/by rule/); // every issue is listed already
  });

  it('reads a Windows-1251 semicolon file with --encoding, and reports what it used', async () => {
    const p = t.file('ru.csv', iconv.encode(csvText(SURVEY_HEADER, [surveyRow(1, { sex: 'Женщины' })], ';'), 'win1251'));
    const r = await runCli(['validate', p, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ encoding: 'windows-1251', delimiter: ';', summary: { accepted: 1 } });
    const forced = await runCli(['validate', p, '--json', '--encoding', 'windows-1251']);
    expect(forced.code).toBe(0);
  });

  it('uses a mapping file', async () => {
    const header = SURVEY_HEADER.map((h) => (h === 'sex' ? 'Q7_gender' : h)).filter((h) => h !== 'country');
    const rows = [surveyRow(1, { Q7_gender: 'M' }), surveyRow(2, { Q7_gender: 'F' })];
    const p = t.file('mapped.csv', csvText(header, rows));
    const m = t.file('m.json', JSON.stringify({ columns: { Q7_gender: 'sex' }, values: { sex: { M: 'male', F: 'female' } }, constants: { country: 'KGZ' } }));
    const r = await runCli(['validate', p, '--mapping', m, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Doc).summary.accepted).toBe(2);
  });

  it.each([
    [['--report', 'x.txt'], /--report must name a \.csv or \.json file/],
    [['--max-issues', 'lots'], /--max-issues/],
    [['--encoding', 'klingon'], /unknown encoding/],
    [['--kind', 'census'], /census/],
  ])('exits 2 on bad flags %j', async (flags, re) => {
    const r = await runCli(['validate', good(), ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
  });

  it('exits 2 on a bad mapping file, naming the path of the problem', async () => {
    const m = t.file('bad-mapping.json', JSON.stringify({ values: { sex: { M: 'man' } } }));
    const r = await runCli(['validate', good(), '--mapping', m]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/values\.sex\.M/);
    const m2 = t.file('bad-mapping2.json', JSON.stringify({ columns: { a: ['sex'] } }));
    const r2 = await runCli(['validate', good(), '--mapping', m2, '--json']);
    expect(r2.code).toBe(2);
    expect(JSON.parse(r2.stdout)).toMatchObject({ error: { code: 'mapping.invalid' } });
    expect((JSON.parse(r2.stdout) as { error: { message: string } }).error.message).toMatch(/columns\.a/);
  });

  it('exits 2 for a file of neither instrument unless --kind is given', async () => {
    const p = t.file('other.csv', 'enumerator,district,respondent_sex\nA,Kampala,female\n');
    const r = await runCli(['validate', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a survey or assistance file/);
    expect(r.stderr).toMatch(/response_id/);
    const k = await runCli(['validate', p, '--kind', 'survey', '--json']);
    expect(k.code).toBe(1);
    const rules = (JSON.parse(k.stdout) as Doc).issues.map((i) => i.rule);
    expect(rules).toContain('column.missing');
  });

  it('leaves no report behind when the file cannot be read', async () => {
    const report = `${t.dir}/never.json`;
    const r = await runCli(['validate', `${t.dir}/missing.csv`, '--report', report]);
    expect(r.code).toBe(2);
    expect(existsSync(report)).toBe(false);
  });
});
