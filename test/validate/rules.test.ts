// Each rule of docs/data-contract.md, through loadDataset on small files built in code.
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/issue.js';
import { loadDataset } from '../../src/validate/load.js';
import { tempDir } from '../ingest/helpers.js';
import { ASSISTANCE_HEADER, SURVEY_HEADER, assistanceRow, csvText, surveyRow, type Row } from './rows.js';

const t = tempDir();

async function run(header: string[], rows: Row[], opts: { kind?: 'survey' | 'assistance'; text?: string } = {}) {
  const p = t.file('f.csv', opts.text ?? csvText(header, rows));
  const r = await loadDataset({ files: [p], ...(opts.kind ? { kind: opts.kind } : {}) });
  const src = r.dataset.sources[0]!;
  const pick = (i: Issue) => ({ rule: i.rule, line: i.line, column: i.column, severity: i.severity, value: i.value });
  return { ...r, src, found: r.issues.map(pick) };
}

const survey = (over: Row[]) => run(SURVEY_HEADER, over.map((o, i) => surveyRow(i, o)));
const assistance = (over: Row[]) => run(ASSISTANCE_HEADER, over.map((o, i) => assistanceRow(i, o)));

describe('column and type rules', () => {
  it('accepts a clean survey file', async () => {
    const r = await survey([{}, {}, {}]);
    expect(r.found).toEqual([]);
    expect([r.src.rows, r.src.accepted, r.src.rejected]).toEqual([3, 3, 0]);
    expect(r.dataset.weighted).toBe(true);
  });

  it.each([
    [{ age: '250' }, 'age.range', 'age', '250'],
    [{ age: '13' }, 'age.range', 'age', '13'],
    [{ age: '25.5' }, 'age.integer', 'age', '25.5'],
    [{ age: 'twenty' }, 'age.number', 'age', 'twenty'],
    [{ sex: 'x' }, 'sex.code', 'sex', 'x'],
    [{ sex: '' }, 'sex.required', 'sex', null],
    [{ interview_date: '2021-02-30' }, 'interview_date.date', 'interview_date', '2021-02-30'],
    [{ country: 'Atlantis' }, 'country.code', 'country', 'Atlantis'],
    [{ weight: '0' }, 'weight.range', 'weight', '0'],
    [{ household_size: '31' }, 'household_size.range', 'household_size', '31'],
    [{ remittance_currency: 'XYZ' }, 'remittance_currency.code', 'remittance_currency', 'XYZ'],
    [{ education: 'phd' }, 'education.code', 'education', 'phd'],
  ])('%j → %s on line 3', async (over, rule, column, value) => {
    const r = await survey([{}, over]);
    expect(r.found).toEqual([{ rule, line: 3, column, severity: 'error', value }]);
    expect([r.src.accepted, r.src.rejected]).toEqual([1, 1]);
  });

  it('accepts labels, other spellings and non-response codes', async () => {
    const r = await survey([
      { sex: 'Женщины', country: 'Kyrgyzstan', citizenship: 'кыргызстан', consent: 'да', interview_date: '12.04.2021', education: 'dnk' },
      { sex: 'MALE', country: 'kg', interview_date: '2021-04-12T09:31:00.000+06:00', remittance_amount: '1 234,5', education: 'Высшее' },
    ]);
    expect(r.found).toEqual([]);
    const rows = r.dataset.table.objects() as Array<Record<string, unknown>>;
    expect(rows.map((x) => [x.sex, x.country, x.citizenship, x.interview_date, x.education])).toEqual([
      ['female', 'KGZ', 'KGZ', '2021-04-12', 'dnk'],
      ['male', 'KGZ', 'KGZ', '2021-04-12', 'higher'],
    ]);
    expect(rows[1]!.remittance_amount).toBe(1234.5);
  });

  it('reports a missing required column once and rejects every row', async () => {
    const header = SURVEY_HEADER.filter((h) => h !== 'sex');
    const r = await run(header, [surveyRow(1), surveyRow(2)]);
    expect(r.found).toEqual([{ rule: 'column.missing', line: 1, column: 'sex', severity: 'error', value: null }]);
    expect([r.src.accepted, r.src.rejected]).toEqual([0, 2]);
  });

  it('warns once about unknown and personal columns and keeps them out of the Dataset', async () => {
    const header = [...SURVEY_HEADER, 'favourite_colour', 'phone', 'grp/full_name', '_uuid'];
    const rows = [1, 2].map((i) => ({ ...surveyRow(i), favourite_colour: 'blue', phone: '+996555123456', 'grp/full_name': 'Aibek', _uuid: 'u' }));
    const r = await run(header, rows);
    expect(r.found.map((i) => [i.rule, i.column, i.severity])).toEqual([
      ['column.personal', 'phone', 'warning'],
      ['column.personal', 'grp/full_name', 'warning'],
      ['column.unknown', 'favourite_colour', 'warning'],
    ]);
    expect(r.src.accepted).toBe(2);
    const names = r.dataset.table.columnNames();
    for (const n of ['favourite_colour', 'phone', 'full_name', 'grp/full_name', '_uuid']) expect(names).not.toContain(n);
    expect(JSON.stringify(r.dataset.table.objects())).not.toMatch(/996555123456|Aibek/);
  });
});

describe('row rules', () => {
  it('rejects a duplicate id on its second line', async () => {
    const r = await run(SURVEY_HEADER, [surveyRow(1), surveyRow(2), surveyRow(1)]);
    expect(r.found).toEqual([{ rule: 'row.duplicate-id', line: 4, column: 'response_id', severity: 'error', value: 'R1-1001' }]);
    expect(r.issues[0]!.message).toMatch(/line 2/);
  });

  it('warns about ids mangled by Excel', async () => {
    const r = await survey([{ response_id: '3.56319E+14' }]);
    expect(r.found).toEqual([{ rule: 'id.excel-mangled', line: 2, column: 'response_id', severity: 'warning', value: '3.56319E+14' }]);
    expect(r.src.accepted).toBe(1);
  });

  it('excludes and counts rows without consent, without validating them', async () => {
    const r = await survey([{}, { consent: 'no', sex: '', age: '' }, { consent: 'нет' }]);
    expect(r.found).toEqual([]);
    expect([r.src.rows, r.src.accepted, r.src.rejected, r.src.excludedNoConsent]).toEqual([3, 1, 0, 2]);
  });

  it('names the line of a ragged row (and accepts trailing empty cells)', async () => {
    const text = `${csvText(SURVEY_HEADER, [surveyRow(1)])}a,b,c\n${csvText(SURVEY_HEADER, [surveyRow(2)]).split('\n')[1]},,,\n`;
    const r = await run([], [], { text });
    expect(r.found).toEqual([{ rule: 'row.ragged', line: 3, column: null, severity: 'error', value: null }]);
    expect([r.src.accepted, r.src.rejected]).toEqual([2, 1]);
  });

  it('skips a repeated header with a warning and an HXL row with a note', async () => {
    const body = csvText(SURVEY_HEADER, [surveyRow(1), surveyRow(2)]).split('\n');
    const hxl = SURVEY_HEADER.map((h, i) => (i === 0 ? '#meta+id' : i === 4 ? '#adm1+name' : '')).join(',');
    const text = [body[0], hxl, body[1], body[0], body[2], ''].join('\n');
    const r = await run([], [], { text });
    expect(r.found).toEqual([
      { rule: 'header.hxl', line: 2, column: null, severity: 'warning', value: null },
      { rule: 'header.repeated', line: 4, column: null, severity: 'warning', value: null },
    ]);
    expect(r.src.accepted).toBe(2);
  });
});

describe('multi questions', () => {
  it('reconciles the parent with split columns', async () => {
    const r = await survey([
      { covid_impacts: 'lost_income debt', 'covid_impacts/lost_income': '1', 'covid_impacts/none': '0' },
      { covid_impacts: 'lost_income', 'covid_impacts/lost_income': '0', 'covid_impacts/none': '0' },
      { covid_impacts: '', 'covid_impacts/lost_income': '1', 'covid_impacts/none': '' },
      { covid_impacts: 'none', 'covid_impacts/lost_income': '0', 'covid_impacts/none': '1' },
      { covid_impacts: 'none lost_income', 'covid_impacts/lost_income': '1', 'covid_impacts/none': '1' },
      { covid_impacts: 'lost_income', 'covid_impacts/lost_income': 'maybe', 'covid_impacts/none': '0' },
      { covid_impacts: 'lost_income aliens', 'covid_impacts/lost_income': '1', 'covid_impacts/none': '0' },
    ]);
    expect(r.found.map((i) => [i.line, i.rule, i.column])).toEqual([
      [3, 'multi.mismatch', 'covid_impacts'],
      [4, 'multi.mismatch', 'covid_impacts'],
      [6, 'multi.none-exclusive', 'covid_impacts'],
      [7, 'covid_impacts.split', 'covid_impacts/lost_income'],
      [8, 'covid_impacts.code', 'covid_impacts'],
    ]);
    const rows = r.dataset.table.objects() as Array<Record<string, unknown>>;
    expect(rows.map((x) => [x.covid_impacts, x['covid_impacts/lost_income'], x['covid_impacts/debt'], x['covid_impacts/none']])).toEqual([
      ['lost_income debt', 1, 1, 0],
      ['none', 0, 0, 1],
    ]);
    expect(r.dataset.multi.covid_impacts).toContain('debt');
  });

  it('reads split columns alone (with . as separator) and labels in the parent', async () => {
    const header = ['case_id', 'office', 'admin1', 'assistance_date', 'sex', 'age', 'citizenship', 'assistance_types.food', 'assistance_types.avr', 'return_country'];
    const rows = [
      { ...assistanceRow(1), 'assistance_types.food': '1', 'assistance_types.avr': '0' },
      { ...assistanceRow(2), 'assistance_types.food': '0', 'assistance_types.avr': '1', return_country: 'UZB' },
      { ...assistanceRow(3), 'assistance_types.food': '', 'assistance_types.avr': '' },
      { ...assistanceRow(4), 'assistance_types.food': '0', 'assistance_types.avr': '1' },
    ];
    const r = await run(header, rows);
    expect(r.found.map((i) => [i.line, i.rule, i.column])).toEqual([
      [4, 'assistance_types.required', 'assistance_types'],
      [5, 'return_country.required', 'return_country'],
    ]);
    const lab = await assistance([{ assistance_types: 'Food; Hygiene kit' }, { assistance_types: 'Продукты питания' }]);
    expect(lab.found.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('cross-field rules', () => {
  it.each([
    [{ return_date: '2019-12-31' }, 'return_date.range', 'error'],
    [{ return_date: '2021-05-01' }, 'return_date.range', 'error'],
    [{ remittance_currency: '' }, 'remittance_currency.required', 'error'],
    [{ children_in_household: '5', household_size: '5' }, 'children_in_household.max', 'error'],
    [{ stranded_reason: 'borders_closed' }, 'stranded_reason.returnee', 'warning'],
  ])('%j → %s', async (over, rule, severity) => {
    const r = await survey([over]);
    expect(r.found.map((i) => [i.rule, i.severity, i.line])).toEqual([[rule, severity, 2]]);
    expect(r.src.rejected).toBe(severity === 'error' ? 1 : 0);
  });

  it('does not ask for a currency when the amount is 0', async () => {
    const r = await survey([{ remittance_amount: '0', remittance_currency: '' }]);
    expect(r.found).toEqual([]);
  });
});

describe('admin1', () => {
  it('matches names to codes and warns with suggestions for unknown ones', async () => {
    const r = await survey([{ admin1: 'Chuy oblast' }, { admin1: 'Чуйская область' }, { admin1: 'Narnia' }]);
    expect(r.found.map((i) => [i.rule, i.severity, i.line, i.column, i.value])).toEqual([['admin1.unknown', 'warning', 4, 'admin1', 'Narnia']]);
    const rows = r.dataset.table.objects() as Array<Record<string, unknown>>;
    expect(rows.map((x) => [x.admin1, x.admin1_raw])).toEqual([
      ['KG-C', 'Chuy oblast'],
      ['KG-C', 'Чуйская область'],
      ['unknown', 'Narnia'],
    ]);
  });
});

describe('kind inference', () => {
  it('infers assistance and fills the beneficiary_type default', async () => {
    const r = await assistance([{ beneficiary_type: '' }]);
    expect(r.dataset.kind).toBe('assistance');
    expect(r.found).toEqual([]);
    expect((r.dataset.table.objects()[0] as Record<string, unknown>).beneficiary_type).toBe('individual');
  });
  it('refuses a header of neither instrument with a UsageError', async () => {
    await expect(run(['a', 'b'], [{ a: '1', b: '2' }])).rejects.toThrow(/not a survey or assistance file/);
  });
});

describe('trailing unnamed columns', () => {
  it('are ignored, and only rows longer than the header are ragged', async () => {
    const head = `${SURVEY_HEADER.join(',')},,`;
    const row = (i: number, tail: string) => `${csvText(SURVEY_HEADER, [surveyRow(i)]).split('\n')[1]}${tail}`;
    const text = [head, row(1, ''), row(2, ',,'), row(3, ',x,'), row(4, ',,,y'), ''].join('\n');
    const r = await run([], [], { text });
    expect(r.found).toEqual([{ rule: 'row.ragged', line: 5, column: null, severity: 'error', value: null }]);
    expect(r.src.accepted).toBe(3);
  });
});
