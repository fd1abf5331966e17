/**
 * A query validates the columns it reads: on a file with errors, exactly the rows that are broken
 * or invalid in a column read are left out (and said so); errors elsewhere do not drop a row.
 * The full load (`full`, as `build` loads) drops every row with an error, as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { msg } from '../../src/messages/index.js';
import { runQuery } from '../../src/query/run-query.js';
import { parseQueryOptions } from '../../src/query/spec.js';
import { runCli } from '../helpers/run-cli.js';

const HEADER = 'response_id,survey_round,interview_date,country,admin1,population_group,consent,sex,age,citizenship,household_size,children_in_household,covid_impacts';
// id → row; the comment says what is wrong in it
const ROWS: Array<[string, string]> = [
  ['R01', 'R01,R1,2021-01-10,KGZ,Chui,returnee,yes,male,30,KGZ,4,1,debt'], // clean
  ['R02', 'R02,R1,2021-01-11,KGZ,Chui,returnee,yes,female,31,KGZ,4,1,lost_income debt'], // clean
  ['R03', 'R03,R1,2021-01-12,TJK,Sughd,returnee,yes,male,200,TJK,3,0,debt'], // age out of range
  ['R04', 'R04,R1,2021-01-13,TJK,Sughd,returnee,yes,robot,40,TJK,3,0,debt'], // sex not a code
  ['R05', 'R05,R1,2021-01-14,KGZ,Osh,returnee,yes,male,41,KGZ,2,5,debt'], // children >= household size (cross rule)
  ['R06', 'R06,R1,2021-01-15,KGZ,Osh,returnee,no,male,42,KGZ,2,0,debt'], // no consent: never counted
  ['R07', 'R07,R1,2021-01-16,XXX,Osh,returnee,yes,female,43,KGZ,2,0,debt'], // country not a code
  ['R08', 'R08,R1,2021-01-17,KGZ,Osh,returnee,yes,female,44,KGZ,2,0,flying_saucers'], // covid_impacts not an option
  ['R01', 'R01,R1,2021-01-18,KGZ,Osh,returnee,yes,male,45,KGZ,2,0,debt'], // duplicate id
  ['R10', 'R10,R1,2021-01-19,KGZ,Osh,returnee'], // ragged: always left out
  ['R11', 'R11,R1,2021-02-30,KGZ,Osh,returnee,yes,female,46,KGZ,2,0,debt'], // impossible date
];

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'projection-errors-'));
  file = join(dir, 'survey.csv');
  writeFileSync(file, [HEADER, ...ROWS.map((r) => r[1])].join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines (2 = first data row) of the rows counted by a query grouped by line-identifying id. */
async function kept(args: Record<string, unknown>, full = false): Promise<{ ids: string[]; notes: string[] }> {
  const spec = parseQueryOptions(file, { ...args, by: ['response_id', ...(typeof args.by === 'string' ? [args.by] : [])].join(',') });
  const r = await runQuery(spec, { cache: false, full });
  const ids = r.rows.flatMap((row) => Array.from({ length: row.value as number }, () => row.response_id as string));
  return { ids: ids.sort(), notes: r.notes };
}

describe('query on a file with errors', () => {
  it('leaves out exactly the rows broken or invalid in a column read', async () => {
    // reads response_id (duplicates), consent, country; not age, sex, dates, covid_impacts, the household
    const a = await kept({ by: 'country' });
    expect(a.ids).toEqual(['R01', 'R02', 'R03', 'R04', 'R05', 'R08', 'R11']);
    // R06 no consent (excluded, not counted as left out); R07 bad country, R01 (second) duplicate id, R10 ragged
    expect(a.notes).toContain(msg.query.rowsLeftOut(3));

    // reads sex: R04 goes too, R07 comes back
    const b = await kept({ by: 'sex' });
    expect(b.ids).toEqual(['R01', 'R02', 'R03', 'R05', 'R07', 'R08', 'R11']);
    expect(b.notes).toContain(msg.query.rowsLeftOut(3));

    // the cross rule on household_size and children_in_household applies when both are read
    const c = await kept({ by: 'household_size', where: ['children_in_household>=0'] });
    expect(c.ids).toEqual(['R01', 'R02', 'R03', 'R04', 'R07', 'R08', 'R11']);
    const d = await kept({ by: 'household_size' });
    expect(d.ids).toEqual(['R01', 'R02', 'R03', 'R04', 'R05', 'R07', 'R08', 'R11']);

    // a multi question, a derived column and its source
    expect((await kept({ by: 'covid_impacts', stat: 'count' })).ids).not.toContain('R08');
    const e = await kept({ by: 'age_group' });
    expect(e.ids).toEqual(['R01', 'R02', 'R04', 'R05', 'R07', 'R08', 'R11']);
    const f = await kept({ by: 'period' });
    expect(f.ids).toEqual(['R01', 'R02', 'R03', 'R04', 'R05', 'R07', 'R08']);
  });

  it('the full load still drops every row with an error', async () => {
    const a = await kept({ by: 'country' }, true);
    // (the first R01 is fine: the duplicate is the later row)
    expect(a.ids).toEqual(['R01', 'R02']);
  });

  it('says so on stderr, pointing to bulletin validate', async () => {
    // sex only: R04 (sex) and R10 (ragged); the duplicate id is not looked at
    const r = await runCli(['query', file, '--by', 'sex', '--no-cache']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(msg.query.rowsLeftOut(2));
    expect(r.stderr).toContain('bulletin validate');
  });
});
