/**
 * `bulletin query` answers, byte for byte: a fixed set of questions (counts, shares with intervals,
 * means, medians, sums; by country, sex, period and multi questions; with --where, weighted and
 * unweighted, with --min-cell) on the bundled samples, a weighted `bulletin sample`, and the three
 * real exports of `../shared/real-exports`. Each question is asked twice through one cache
 * directory (cold: loads and writes the validated cache; warm: answered from it): both answers,
 * stdout, stderr and exit code, must be the recorded one.
 *
 * The answers on our own samples are kept as text (golden/answers/*.txt); those on the real exports
 * only as sha256 digests (golden/answers/real-exports.txt), so that nothing of those files enters
 * the repository. `vitest -u` records them anew (after a change that is meant to alter answers).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sharedDir } from '../helpers/shared.js';

const SAMPLES = new URL('../../data-samples/', import.meta.url).pathname;

type Question = string[];

const SURVEY: Question[] = [
  ['--by', 'country'],
  ['--by', 'country,sex', '--stat', 'share', '--ci'],
  ['--by', 'period,sex', '--stat', 'share', '--ci', '--where', 'country=KGZ,TJK'],
  ['--by', 'country,age_group', '--stat', 'share', '--where', 'sex=female'],
  ['--by', 'country,covid_impacts', '--stat', 'share', '--ci'],
  ['--by', 'sex,lost_job_covid', '--stat', 'share', '--ci', '--where', 'age>=25', '--where', 'age<50'],
  ['--by', 'country,sex', '--stat', 'median:remittance_amount', '--where', 'remittance_currency=RUB'],
  ['--by', 'country', '--stat', 'mean:age'],
  ['--by', 'country,period', '--stat', 'mean:household_size', '--where', 'population_group!=returnee'],
  ['--by', 'country', '--stat', 'sum:children_in_household'],
  ['--by', 'country', '--stat', 'min:months_abroad'],
  ['--by', 'sex', '--stat', 'max:age', '--where', 'covid_impacts=lost_income'],
  ['--by', 'country,marital_status', '--stat', 'share', '--min-cell', '10', '--ci'],
  ['--by', 'vulnerabilities', '--stat', 'share', '--format', 'csv'],
];

const ASSISTANCE: Question[] = [
  ['--by', 'office,sex'],
  ['--by', 'office,assistance_types', '--stat', 'share', '--ci'],
  ['--by', 'office', '--stat', 'median:age', '--where', 'sex=female'],
  ['--by', 'beneficiary_type', '--stat', 'mean:household_members', '--min-cell', '5'],
];

const WEIGHTED: Question[] = [
  ['--by', 'country,sex', '--stat', 'share', '--ci', '--weight', 'weight'],
  ['--by', 'country,covid_impacts', '--stat', 'share', '--ci', '--weight', 'weight'],
  ['--by', 'period,lost_job_covid', '--stat', 'share', '--ci', '--weight', 'weight', '--where', 'country=KGZ'],
  ['--by', 'country', '--stat', 'median:remittance_amount', '--weight', 'weight', '--where', 'remittance_currency=RUB'],
  ['--by', 'country,sex', '--stat', 'mean:age', '--weight', 'weight'],
  ['--by', 'country', '--stat', 'sum:household_size', '--weight', 'weight', '--where', 'age<30'],
  ['--by', 'country,sex', '--stat', 'share', '--ci'],
  ['--by', 'country', '--stat', 'median:age'],
];

const REAL: Record<string, Question[]> = {
  'malawi-dtm-kobo.csv': [
    ['--by', 'm0303_meta_adm1_pcode'],
    ['--by', 'm0303_meta_adm1_pcode,m1725_meta_interview_type', '--stat', 'share', '--ci'],
    ['--by', 'm0342_loc_site_type_multiple', '--stat', 'share', '--ci'],
    ['--by', 'm0303_meta_adm1_pcode', '--stat', 'median:m0310_loc_num_idp_ind'],
    ['--by', 'm0303_meta_adm1_pcode', '--stat', 'mean:m2968_loc_num_men_idp', '--where', 'm0310_loc_num_idp_ind>10'],
    ['--by', 'm0303_meta_adm1_pcode', '--stat', 'share', '--weight', 'm0310_loc_num_idp_ind', '--ci'],
  ],
  'libya-msna-cp1252.csv': [
    ['--by', 'Mantika'],
    ['--by', 'displacement_status,sex_HoH', '--stat', 'share', '--ci'],
    ['--by', 'displacement_status', '--stat', 'median:nb_ind_hh'],
    ['--by', 'displacement_status', '--stat', 'mean:age_HoH', '--where', 'nb_ind_hh>=4'],
    ['--by', 'displacement_status,sex_HoH', '--stat', 'share', '--ci', '--weight', 'nb_ind_hh'],
    ['--by', 'Mantika', '--stat', 'median:age_HoH', '--weight', 'nb_ind_hh', '--min-cell', '5'],
  ],
  'uganda-msna-dot.csv': [
    ['--by', 'district,respondent_sex', '--stat', 'share', '--ci'],
    ['--by', 'respondent_sex', '--stat', 'median:respondent_age'],
    ['--by', 'district', '--stat', 'mean:respondent_age', '--where', 'respondent_sex!=female'],
    ['--by', 'primary_livelihoods', '--stat', 'share', '--ci'],
    ['--by', 'district,marital_status', '--stat', 'share', '--weight', 'calc_household', '--ci'],
    ['--by', 'district', '--stat', 'sum:calc_minors', '--weight', 'calc_household'],
  ],
};

/** One question, asked cold then warm through the same cache: both answers must agree; the answer as text. */
async function ask(file: string, q: Question, cacheDir: string): Promise<string> {
  const args = ['query', file, ...q, ...(q.includes('--format') ? [] : ['--format', 'json'])];
  const answers: string[] = [];
  for (const run of ['cold', 'warm']) {
    const r = await runCli(args, { BULLETIN_CACHE_DIR: cacheDir });
    answers.push(`exit ${r.code}\n${r.stdout}${r.stderr === '' ? '' : `stderr: ${r.stderr}`}`);
    expect(answers[answers.length - 1], `${run}: ${q.join(' ')}`).toBe(answers[0]);
  }
  return `$ bulletin query ${q.join(' ')}\n${answers[0] as string}\n`;
}

async function askAll(file: string, questions: readonly Question[]): Promise<string[]> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'answers-cache-'));
  const out: string[] = [];
  for (const q of questions) out.push(await ask(file, q, cacheDir));
  return out;
}

describe('query answers stay byte-identical', () => {
  it('on the bundled survey sample', async () => {
    const answers = await askAll(join(SAMPLES, 'survey.csv'), SURVEY);
    expect(answers.filter((a) => a.includes('\nexit 0\n'))).toHaveLength(SURVEY.length);
    await expect(answers.join('')).toMatchFileSnapshot('golden/answers/survey.txt');
  });

  it('on the bundled assistance sample', async () => {
    const answers = await askAll(join(SAMPLES, 'assistance.csv'), ASSISTANCE);
    expect(answers.filter((a) => a.includes('\nexit 0\n'))).toHaveLength(ASSISTANCE.length);
    await expect(answers.join('')).toMatchFileSnapshot('golden/answers/assistance.txt');
  });

  describe('on a weighted sample', () => {
    let file: string;
    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'answers-weighted-'));
      const r = await runCli(['sample', '--kind', 'survey', '--weighted', '--rows', '3000', '--seed', '11', '--out', dir]);
      expect(r.code, r.stderr).toBe(0);
      file = join(dir, 'survey.csv');
    });
    it('weighted and unweighted questions', async () => {
      const answers = await askAll(file, WEIGHTED);
      expect(answers.filter((a) => a.includes('\nexit 0\n'))).toHaveLength(WEIGHTED.length);
      await expect(answers.join('')).toMatchFileSnapshot('golden/answers/weighted.txt');
    });
  });

  const real = sharedDir('real-exports', 'query answers on the real exports');
  it.runIf(real !== undefined)('on the three real exports of ../shared (recorded as sha256)', async () => {
    const lines: string[] = [];
    for (const [name, questions] of Object.entries(REAL)) {
      const answers = await askAll(join(real as string, name), questions);
      questions.forEach((q, k) => {
        const a = answers[k] as string;
        expect(a, `${name} ${q.join(' ')}`).toContain('\nexit 0\n');
        lines.push(`${name} ${q.join(' ')}  ${createHash('sha256').update(a).digest('hex')}`);
      });
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('golden/answers/real-exports.txt');
  });
});
