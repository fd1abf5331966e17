/** The proposal's decisions on small forms: evidence by name, English or Russian label, choices; ambiguity left out. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelColumnLanguage } from '../../src/mapping/label-columns.js';
import { propose } from '../../src/mapping/propose.js';
import { readXlsForm, type FormQuestion, type XlsForm } from '../../src/mapping/xlsform.js';
import { INSTRUMENTS } from '../../src/schema/instruments.js';
import { runCli } from '../helpers/run-cli.js';
import { msg } from '../../src/messages/index.js';
import { writeAdaptedForm } from '../helpers/kobo-fixture.js';
import { writeXlsForm } from '../helpers/xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-propose-'));
let row = 2;
const q = (type: string, name: string, en?: string, ru?: string): FormQuestion => ({
  row: row++,
  type: type.split(' ')[0] === 'select_one' ? 'select_one' : type.split(' ')[0] === 'select_multiple' ? 'select_multiple' : (type as FormQuestion['type']),
  rawType: type,
  name,
  path: name,
  labels: { ...(en !== undefined ? { en } : {}), ...(ru !== undefined ? { ru } : {}) },
  ...(type.includes(' ') ? { list: type.split(' ')[1]! } : {}),
});
const form = (questions: FormQuestion[], choices: Record<string, Array<[string, string | undefined, string | undefined]>> = {}): XlsForm => ({
  path: 'form.xlsx',
  questions,
  choices: new Map(Object.entries(choices).map(([l, cs]) => [l, cs.map(([name, en, ru]) => ({ name, labels: { ...(en ? { en } : {}), ...(ru ? { ru } : {}) } }))])),
  labelColumns: [],
});
const survey = INSTRUMENTS.survey;

describe('label columns', () => {
  it('are found whatever their spelling', () => {
    const cases: Array<[string, string | null]> = [
      ['label::English (en)', 'en'],
      ['label::English', 'en'],
      ['label::en', 'en'],
      ['label:en', 'en'],
      ['Label::Русский (ru)', 'ru'],
      ['label::Russian (ru)', 'ru'],
      ['label::русский', 'ru'],
      ['label', 'default'],
      ['label::Kyrgyz (ky)', null],
      ['hint::English (en)', null],
      ['labels', null],
    ];
    for (const [h, want] of cases) expect(labelColumnLanguage(h), h).toBe(want);
  });

  it('of every spelling give the same proposal from a form', async () => {
    const files: string[] = [];
    for (const headers of [['label::English (en)', 'label::Russian (ru)'], ['label::English', 'label::Русский (ru)'], ['label', 'label::ru']] as Array<[string, string]>) {
      const f = join(dir, `form-${files.length}.xlsx`);
      await writeAdaptedForm(f, headers);
      files.push(f);
    }
    const maps = await Promise.all(files.map(async (f) => propose(await readXlsForm(f), survey).mapping));
    expect(maps[1]).toEqual(maps[0]);
    expect(maps[2]).toEqual(maps[0]);
    expect(maps[0]!.values!.sex).toEqual({ m: 'male', f: 'female' });
  }, 60_000);
});

describe('propose', () => {
  it('maps by the Russian label alone, and recodes choices by label before code', () => {
    const p = propose(
      form([q('select_one g', 'pol', undefined, 'Пол'), q('integer', 'vozrast', undefined, 'Возраст')], {
        // a code that is another code of the instrument: the label decides
        g: [['male', undefined, 'Женщины'], ['2', undefined, 'Мужчины']],
      }),
      survey,
    );
    expect(p.mapping.columns).toEqual({ pol: 'sex', vozrast: 'age' });
    expect(p.mapping.values).toEqual({ sex: { male: 'female', 2: 'male' } });
    expect(p.decisions[0]!.evidence.join(' ')).toContain('Russian label "Пол"');
  });

  it('leaves out a question whose two best candidates are close, and lists them', () => {
    // the same yes/no label fits several instrument questions: it is not guessed
    const p = propose(form([q('select_one yn', 'q17', 'Lost job', undefined)], { yn: [['1', 'Yes', undefined], ['2', 'No', undefined]] }), survey);
    expect(p.decisions).toEqual([]);
    expect(p.mapping.columns).toEqual({});
    expect(p.ambiguous.map((a) => a.question.name)).toEqual(['q17']);
    expect(p.ambiguous[0]!.candidates.length).toBeGreaterThan(0);
  });

  it('gives a contested column to neither when two questions claim it equally', () => {
    const p = propose(form([q('integer', 'age_a', 'Age'), q('integer', 'age_b', 'Age')]), survey);
    expect(p.decisions.map((d) => d.column)).not.toContain('age');
    expect(p.ambiguous.map((a) => a.reason)).toEqual(['taken', 'taken']);
  });

  it('lists choices matched to no code instead of guessing them', () => {
    const p = propose(form([q('select_one s', 'sex', 'Sex', 'Пол')], { s: [['m', 'Male', undefined], ['x', 'Other gender', undefined]] }), survey);
    expect(p.mapping.values).toEqual({ sex: { m: 'male' } });
    expect(p.decisions[0]!.unmatched.map((c) => c.name)).toEqual(['x']);
  });

  it('maps split columns of a renamed select_multiple question', () => {
    const p = propose(
      form([q('select_multiple r', 'q_reasons', 'Reasons for migrating', 'Причины миграции')], {
        r: [['1', 'Employment', undefined], ['higher_wages', 'Higher wages', undefined]],
      }),
      survey,
    );
    expect(p.mapping.columns).toEqual({ q_reasons: 'migration_reason', 'q_reasons/1': 'migration_reason/employment', 'q_reasons/higher_wages': 'migration_reason/higher_wages' });
    expect(p.mapping.values).toEqual({ migration_reason: { 1: 'employment' } });
  });

  it('chooses the assistance instrument for an assistance form', async () => {
    const f = join(dir, 'assist.xlsx');
    const cols = INSTRUMENTS.assistance.columns;
    await writeXlsForm(f, { survey: [['type', 'name', 'label::English (en)'], ...cols.map((c) => ['text', c.name, c.label.en])], choices: [['list_name', 'name', 'label::English (en)']] });
    const r = await runCli(['mapping', f]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).kind).toBe('assistance');
  });
});

describe('--out', () => {
  it('never overwrites an input, nor a file it did not write unless --force', async () => {
    const f = join(dir, 'form-out.xlsx');
    await writeAdaptedForm(f);
    const before = readFileSync(f);
    const self = await runCli(['mapping', f, '--out', f, '--force']);
    expect(self.code).toBe(2);
    expect(readFileSync(f)).toEqual(before);

    const theirs = join(dir, 'hand-written.json');
    writeFileSync(theirs, '{"columns": {"a": "sex"}}');
    const refused = await runCli(['mapping', f, '--out', theirs]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(theirs, 'utf8')).toBe('{"columns": {"a": "sex"}}');

    const ours = join(dir, 'proposed.json');
    expect((await runCli(['mapping', f, '--out', ours])).code).toBe(0);
    expect((await runCli(['mapping', f, '--out', ours])).code).toBe(0); // its own file: rewritten
    expect((await runCli(['mapping', f, '--out', theirs, '--force'])).code).toBe(0);
    expect(JSON.parse(readFileSync(theirs, 'utf8')).$comment).toMatch(/^Proposed by bulletin mapping/);
  }, 60_000);

  it('a file that is not an XLSForm is exit 2', async () => {
    const r = await runCli(['mapping', join(dir, 'missing.xlsx')]);
    expect(r.code).toBe(2);
  });

  it('says a CSV (an export given for the form) is not a workbook, and a folder is a folder, not "damaged" or EISDIR', async () => {
    const csv = join(dir, 'export.csv');
    writeFileSync(csv, 'response_id,sex\n1,male\n');
    const r = await runCli(['mapping', csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg.xlsx.notZip(csv));
    expect(r.stderr).not.toContain('damaged');
    const folder = await runCli(['mapping', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(msg.fs.failed('read', dir, msg.fs.cause('EISDIR', '')));
    const mapping = await runCli(['validate', csv, '--mapping', dir]);
    expect(mapping.code).toBe(2);
    expect(mapping.stderr).toContain(msg.fs.cause('EISDIR', ''));
  });
});
