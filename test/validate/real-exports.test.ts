// Real exports of other operations (../shared/real-exports, skipped when absent): read whole,
// never a crash; not our instruments, so exit 2 unless --kind is given.
import { describe, expect, it } from 'vitest';
import { analyseKoboHeaders } from '../../src/ingest/kobo.js';
import { openCsv } from '../../src/ingest/read-csv.js';
import { runCli } from '../helpers/run-cli.js';
import { sharedDir } from '../helpers/shared.js';

const REAL = sharedDir('real-exports', 'real exports read whole');
const DIR = REAL === undefined ? '' : `${REAL}/`;
const FILES = [
  { name: 'libya-msna-cp1252.csv', encoding: 'windows-1252', rows: 638, columns: 722 },
  { name: 'malawi-dtm-kobo.csv', encoding: 'utf-8', rows: 776, columns: 153 },
  { name: 'uganda-msna-dot.csv', encoding: 'utf-8', rows: 2496, columns: 491 },
];

/** The header of a file, the file closed once it is read (never left to the garbage collector). */
async function headerOf(path: string): Promise<string[]> {
  const csv = await openCsv(path);
  await csv.source?.close();
  return csv.header;
}

describe.skipIf(REAL === undefined)('real exports', () => {
  it.each(FILES)('$name is read whole', async ({ name, encoding, rows, columns }) => {
    const csv = await openCsv(`${DIR}${name}`);
    expect(csv.encoding).toBe(encoding);
    expect(csv.header).toHaveLength(columns);
    let n = 0;
    let ragged = 0;
    let last = 1;
    for await (const r of csv.rows) {
      n++;
      if (r.cells.length !== columns) ragged++;
      expect(r.line).toBeGreaterThan(last);
      last = r.line;
    }
    expect(n).toBe(rows);
    expect(ragged).toBe(0);
    expect(csv.header[0]).not.toMatch(/^\uFEFF/);
  });

  it('finds the Kobo split columns with / and with .', async () => {
    const malawi = analyseKoboHeaders(await headerOf(`${DIR}malawi-dtm-kobo.csv`));
    expect(malawi.find((h) => h.header === 's2878_loc_top_3_priority_need_idp/food')?.split).toEqual({ parent: 's2878_loc_top_3_priority_need_idp', option: 'food', separator: '/' });
    expect(malawi.filter((h) => h.metadata).map((h) => h.header)).toEqual(expect.arrayContaining(['_id', '_uuid', '_submission_time', '__version__', '_index']));
    const uganda = analyseKoboHeaders(await headerOf(`${DIR}uganda-msna-dot.csv`));
    expect(uganda.find((h) => h.header === 'biggest_needs.food')?.split).toEqual({ parent: 'biggest_needs', option: 'food', separator: '.' });
  });

  it.each(FILES)('validate $name: exit 2 as not our instrument, exit 1 with --kind', async ({ name }) => {
    const plain = await runCli(['validate', `${DIR}${name}`, '--json']);
    expect(plain.code).toBe(2);
    expect(JSON.parse(plain.stdout)).toMatchObject({ error: { code: 'input.not-instrument' } });
    const survey = await runCli(['validate', `${DIR}${name}`, '--kind', 'survey', '--json']);
    expect(survey.code).toBe(1);
    const doc = JSON.parse(survey.stdout) as { summary: { accepted: number }; issues: Array<{ rule: string; column: string }> };
    expect(doc.summary.accepted).toBe(0);
    expect(doc.issues.filter((i) => i.rule === 'column.missing').map((i) => i.column)).toContain('response_id');
    expect(doc.issues.map((i) => i.column)).not.toContain('education');
  });
});
