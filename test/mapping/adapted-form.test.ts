/**
 * The issue's demonstration: an XLSForm adapted by a country office (renamed questions, recoded
 * choices, education dropped, two questions added, labels in English and Russian); `bulletin
 * mapping` proposes a mapping that, unedited, makes `validate --mapping` accept an export of that
 * form and `query` give the same answers as the canonical data; what it could not decide is listed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { canonicalRows, csvText, writeAdaptedForm, writeExport } from '../helpers/kobo-fixture.js';

const N = 400;
const dir = mkdtempSync(join(tmpdir(), 'bulletin-mapping-'));
const form = join(dir, 'form.xlsx');
const exportCsv = join(dir, 'export.csv');
const exportXlsx = join(dir, 'export.xlsx');
const canonical = join(dir, 'canonical.csv');
const mapping = join(dir, 'mapping.json');
let first: CliRun;

beforeAll(async () => {
  await writeAdaptedForm(form);
  await writeExport(N, 'adapted', exportCsv, exportXlsx);
  const { header, rows } = canonicalRows(N);
  writeFileSync(canonical, csvText(header, rows));
  first = await runCli(['mapping', form, '--out', mapping]);
}, 60_000);

describe('bulletin mapping on an adapted form', () => {
  it('proposes a mapping with a review table, and lists what it could not decide', () => {
    const r = first;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const review = r.stdout;
    const m = JSON.parse(readFileSync(mapping, 'utf8'));
    expect(m.kind).toBe('survey');
    expect(m.columns).toMatchObject({ q_sex: 'sex', q_age: 'age', amount_rub: 'remittance_amount', date_interview: 'interview_date', q_popgroup: 'population_group', q_consent: 'consent', 'q_mig_reasons/1': 'migration_reason/employment' });
    expect(m.values.sex).toEqual({ m: 'male', f: 'female' });
    expect(m.values.population_group).toEqual({ 1: 'returnee', 2: 'stranded_migrant' });
    expect(m.values.lost_job_covid).toEqual({ 1: 'yes', 2: 'no', 98: 'dnk', 99: 'pnta' });
    // the question close to an instrument question is left out and listed, not guessed
    expect(Object.keys(m.columns)).not.toContain('remit_usd');
    const undecided = review.slice(review.indexOf('Not decided'), review.indexOf('Instrument questions the form lacks'));
    expect(undecided).toContain('remit_usd');
    const lacks = review.slice(review.indexOf('Instrument questions the form lacks'), review.indexOf('Form questions the instrument lacks'));
    expect(lacks).toMatch(/education\s+figures b1\./);
    expect(review.slice(review.indexOf('Form questions the instrument lacks'))).toContain('q_phone_type');
  });

  it('validate --mapping accepts the export, as CSV and as XLSX', async () => {
    for (const file of [exportCsv, exportXlsx]) {
      const r = await runCli(['validate', file, '--mapping', mapping, '--json']);
      const doc = JSON.parse(r.stdout);
      expect(doc.summary.rejected, JSON.stringify(doc.issues.slice(0, 5))).toBe(0);
      expect(r.code).toBe(0);
    }
  });

  it('query gives the same answers as the canonical data', async () => {
    const queries = [
      ['--by', 'country,sex', '--stat', 'share', '--ci'],
      ['--by', 'population_group,migration_reason', '--stat', 'share'],
      ['--by', 'lost_job_covid', '--stat', 'share'],
      ['--by', 'country', '--stat', 'mean:remittance_amount'],
      ['--by', 'age_group,consent'],
    ];
    for (const q of queries) {
      const want = await runCli(['query', canonical, ...q, '--format', 'csv', '--no-cache']);
      expect(want.code).toBe(0);
      for (const file of [exportCsv, exportXlsx]) {
        const got = await runCli(['query', file, '--mapping', mapping, ...q, '--format', 'csv', '--no-cache']);
        expect(got.stdout, `${file} ${q.join(' ')}`).toBe(want.stdout);
      }
    }
  });

  it('--export checks the proposal against an export and reports codes the mapping does not cover', async () => {
    const clean = await runCli(['mapping', form, '--out', join(dir, 'again.json'), '--export', exportXlsx]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('every code seen in the data is covered');
    expect(clean.stdout).toMatch(/rows 400, accepted \d+, rejected 0/);
    // an older version of the form coded sex "u" (unknown) and had a migration reason 9
    const lines = readFileSync(exportCsv, 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const sexAt = header.indexOf('grp_profile/q_sex');
    const stale = join(dir, 'stale.csv');
    let changed = 0;
    const out = lines.map((l, i) => {
      if (i === 0 || i % 50 !== 0 || l === '' || l.includes('"')) return l;
      const cells = l.split(',');
      cells[sexAt] = 'u';
      changed++;
      return cells.join(',');
    });
    writeFileSync(stale, out.join('\n'));
    const r = await runCli(['mapping', form, '--export', stale]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).values.sex).toEqual({ m: 'male', f: 'female' }); // the mapping itself on stdout
    expect(r.stderr).toMatch(new RegExp(`sex\\s+"u"\\s+${changed} rows`));
  });
});
