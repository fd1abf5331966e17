// The malformed files of issue 2: each gives exit 1 or 2, with issues naming the right line and
// column, quickly. Large files are generated here at run time, never committed.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../ingest/helpers.js';
import { csvText, SURVEY_HEADER, surveyRow } from './rows.js';

const t = tempDir();

interface Doc {
  summary: Record<string, number>;
  issues: Array<{ rule: string; line: number | null; column: string | null; severity: string; value: string | null }>;
}

async function validate(path: string, ...flags: string[]) {
  const started = performance.now();
  const r = await runCli(['validate', path, '--json', ...flags]);
  const ms = performance.now() - started;
  const parsed = JSON.parse(r.stdout) as Doc | { error: { code: string; message: string } };
  return { code: r.code, ms, doc: parsed as Doc, error: (parsed as { error?: { code: string; message: string } }).error, stderr: r.stderr };
}

const lines = (rows: string[]) => rows.join('\n') + '\n';
const body = (i: number, over = {}) => csvText(SURVEY_HEADER, [surveyRow(i, over)]).slice(SURVEY_HEADER.join(',').length + 1, -1);
const header = SURVEY_HEADER.join(',');

describe('files that are not CSV at all: exit 2', () => {
  it.each([
    ['empty', '', 'csv.empty'],
    ['PNG renamed .csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'csv.binary'],
    ['random binary', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'csv.header'],
    ['NUL bytes in the header', `response_id\u0000,sex\n1,male\n`, 'csv.header'],
  ])('%s', async (_name, content, code) => {
    const r = await validate(t.file('x.csv', content));
    expect(r.code).toBe(2);
    expect(r.error?.code).toBe(code);
  });
});

describe('broken rows and values: exit 1, naming line and column', () => {
  it.each([
    ['unclosed quote', lines([header, body(1), `"R1-2,${body(2).slice(6)}`, body(3)]), [{ rule: 'row.quote', line: 3, column: null }]],
    ['ragged rows', lines([header, body(1), 'R1-9,R1,2021-04-12', body(3)]), [{ rule: 'row.ragged', line: 3, column: null }]],
    ['impossible date', lines([header, body(1, { interview_date: '2021-02-30' })]), [{ rule: 'interview_date.date', line: 2, column: 'interview_date' }]],
    ['bad code', lines([header, body(1), body(2, { sex: 'yes' })]), [{ rule: 'sex.code', line: 3, column: 'sex' }]],
    ['duplicate ids', lines([header, body(1), body(1)]), [{ rule: 'row.duplicate-id', line: 3, column: 'response_id' }]],
    [
      'multi parent/split disagreement',
      lines([header, body(1, { covid_impacts: 'debt', 'covid_impacts/lost_income': '1' })]),
      [{ rule: 'multi.mismatch', line: 2, column: 'covid_impacts' }],
    ],
    [
      'none with another option',
      lines([header, body(1, { covid_impacts: 'none debt', 'covid_impacts/lost_income': '0', 'covid_impacts/none': '1' })]),
      [{ rule: 'multi.none-exclusive', line: 2, column: 'covid_impacts' }],
    ],
    ['NUL bytes in a value', lines([header, body(1, { survey_round: 'R\u00001' })]), [{ rule: 'survey_round.text', line: 2, column: 'survey_round' }]],
    [
      'a quoted field with line breaks before the bad row',
      lines([header, body(1, { survey_round: 'R1\nsecond line\nthird' }), body(2, { age: '7' })]),
      [
        { rule: 'survey_round.pattern', line: 2, column: 'survey_round' },
        { rule: 'age.range', line: 5, column: 'age' },
      ],
    ],
  ])('%s', async (_name, text, expected) => {
    const r = await validate(t.file('x.csv', text));
    expect(r.code).toBe(1);
    expect(r.doc.issues.map((i) => ({ rule: i.rule, line: i.line, column: i.column }))).toEqual(expected);
  });

  it('missing required column', async () => {
    const h = SURVEY_HEADER.filter((c) => c !== 'interview_date');
    const r = await validate(t.file('x.csv', csvText(h, [surveyRow(1)])));
    expect(r.code).toBe(1);
    expect(r.doc.issues).toEqual([expect.objectContaining({ rule: 'column.missing', line: 1, column: 'interview_date' })]);
  });

  it('a 10 MB field', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const r = await validate(t.file('big-field.csv', lines([header, body(1), body(2, { survey_round: huge }), body(3)])));
    expect(r.code).toBe(1);
    expect(r.doc.issues.map((i) => [i.rule, i.line, i.column, i.value?.length])).toEqual([['survey_round.text', 3, 'survey_round', 200]]);
    expect(r.doc.summary).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    expect(r.ms).toBeLessThan(15_000);
  });

  it('100,000 columns', async () => {
    const extra = Array.from({ length: 100_000 - SURVEY_HEADER.length }, (_, i) => `c${i}`);
    const row = surveyRow(1);
    const text = `${[...SURVEY_HEADER, ...extra].join(',')}\n${[...SURVEY_HEADER.map((h) => row[h]), ...extra.map(() => '1')].join(',')}\n${'a,'.repeat(10)}\n`;
    const path = `${t.dir}/wide.csv`;
    writeFileSync(path, text);
    const r = await validate(path);
    expect(r.code).toBe(1);
    expect(r.doc.summary).toMatchObject({ rows: 2, accepted: 1, rejected: 1, errors: 1, warnings: extra.length });
    expect(r.doc.issues).toHaveLength(10_000);
    expect(r.ms).toBeLessThan(15_000);
    const junk = `${extra.join(',')}\n${extra.map(() => '1').join(',')}\n`;
    writeFileSync(path, junk);
    expect((await validate(path)).code).toBe(2);
  });
});
