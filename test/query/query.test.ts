import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sharedDir } from '../helpers/shared.js';
import { msg } from '../../src/messages/index.js';
import { canonicalCsv, canonicalRows, koboCsv } from './canonical-sample.js';

let dir: string;
let canonical: string;
let kobo: string;
const rows = canonicalRows(400);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'query-'));
  canonical = join(dir, 'survey.csv');
  kobo = join(dir, 'kobo-export.csv');
  writeFileSync(canonical, canonicalCsv(rows));
  writeFileSync(kobo, koboCsv(rows));
});

async function json(args: string[]): Promise<Record<string, unknown>[]> {
  const r = await runCli(['query', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

const QUERIES: string[][] = [
  ['--by', 'country'],
  ['--by', 'country,sex', '--stat', 'share', '--ci'],
  ['--by', 'country,sex', '--stat', 'share', '--ci', '--weight', 'weight'],
  ['--by', 'covid_impacts', '--stat', 'share', '--ci'],
  ['--by', 'sex,covid_impacts', '--stat', 'share', '--where', 'country=KGZ,TJK'],
  ['--by', 'country', '--stat', 'mean:age', '--where', 'sex!=female'],
  ['--by', 'country', '--stat', 'median:household_size'],
  ['--by', 'country', '--stat', 'sum:remittance_amount', '--where', 'remittance_amount>0'],
  ['--by', 'country,covid_impacts', '--where', 'covid_impacts=debt', '--where', 'age<40'],
  ['--by', 'marital_status', '--stat', 'share', '--min-cell', '10'],
  ['--stat', 'max:age'],
];

describe('bulletin query', () => {
  it('gives the same rows on a canonical file and on a Kobo-layout export of the same data', async () => {
    for (const q of QUERIES) {
      const a = await json([canonical, ...q]);
      const b = await json([kobo, ...q]);
      expect(a.length, q.join(' ')).toBeGreaterThan(0);
      expect(b, q.join(' ')).toEqual(a);
      // read as a raw export (no instrument): the same rows in natural order, except the options
      // the form declares but the export has no column for (none chosen: share 0)
      const c = await json([kobo, '--kind', 'raw', ...q]);
      const key = (r: Record<string, unknown>) => JSON.stringify(r);
      const raw = new Set(c.map(key));
      expect(c.length, `raw ${q.join(' ')}`).toBeGreaterThan(0);
      for (const r of c) expect(a.map(key), `raw ${q.join(' ')}`).toContain(key(r));
      for (const r of a) if (!raw.has(key(r))) expect(r.value, `raw ${q.join(' ')} ${key(r)}`).toBe(0);
    }
  });

  it('computes what the data say (counts, shares within the groups, option shares over respondents)', async () => {
    const byCountry = await json([canonical, '--by', 'country']);
    for (const r of byCountry) expect(r.value).toBe(rows.filter((x) => x.country === r.country).length);
    const shares = await json([canonical, '--by', 'country,sex', '--stat', 'share']);
    for (const r of shares) {
      const group = rows.filter((x) => x.country === r.country);
      expect(r.n).toBe(group.length);
      expect(r.value).toBeCloseTo(group.filter((x) => x.sex === r.sex).length / group.length, 12);
    }
    const multi = await json([canonical, '--by', 'covid_impacts', '--stat', 'share']);
    const answered = rows.filter((x) => x.covid_impacts !== '');
    for (const r of multi) {
      expect(r.n).toBe(answered.length);
      expect(r.value).toBeCloseTo(answered.filter((x) => x.covid_impacts?.split(' ').includes(r.covid_impacts as string)).length / answered.length, 12);
    }
    expect(multi.reduce((s, r) => s + (r.value as number), 0)).toBeGreaterThan(1);
  });

  it('writes csv when stdout is not a terminal, json with --json, ndjson, with the columns of docs/cli.md', async () => {
    const csv = await runCli(['query', canonical, '--by', 'sex', '--stat', 'share', '--ci']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('"sex","stat","value","n","ci_low","ci_high"');
    const j = await runCli(['query', canonical, '--by', 'sex', '--json']);
    expect(Object.keys((JSON.parse(j.stdout) as object[])[0] as object)).toEqual(['sex', 'stat', 'value', 'n']);
    const nd = await runCli(['query', canonical, '--by', 'sex', '--format', 'ndjson']);
    expect(nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toHaveLength(2);
    const table = await runCli(['query', canonical, '--by', 'sex', '--format', 'table']);
    expect(table.stdout).toMatch(/^sex\s+stat\s+value\s+n\n-+/);
  });

  it('says what is wrong and exits 2: unknown column (with the closest), text column, empty result, bad --where', async () => {
    const unknown = await runCli(['query', canonical, '--by', 'contry']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "country"');
    expect(unknown.stderr).toContain('columns: ');
    const text = await runCli(['query', canonical, '--stat', 'mean:sex']);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(msg.query.statNotNumeric('mean', 'sex', ['female', 'male']));
    const empty = await runCli(['query', canonical, '--by', 'sex', '--where', 'age>200']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(msg.query.empty());
    const where = await runCli(['query', canonical, '--where', 'age>>3']);
    expect(where.code).toBe(2);
    const multiCmp = await runCli(['query', canonical, '--where', 'covid_impacts>3']);
    expect(multiCmp.stderr).toContain(msg.query.whereOnMulti('covid_impacts>3'));
    const stat = await runCli(['query', canonical, '--stat', 'avg:age']);
    expect(stat.code).toBe(2);
    const missing = await runCli(['query', join(dir, 'none.csv')]);
    expect(missing.code).toBe(2);
    const jsonErr = await runCli(['query', canonical, '--by', 'contry', '--json']);
    expect(jsonErr.code).toBe(2);
    expect((JSON.parse(jsonErr.stdout) as { error: { code: string } }).error.code).toBe('query.column');
  });

  it('says when a raw file has broken quotes (the rest of the file read as one cell), from the cache too', async () => {
    const f = join(dir, 'unclosed.csv');
    writeFileSync(f, `a,b\n1,2\n"${'x'.repeat(100)}\n3,4\n5,6\n`);
    const cold = await runCli(['query', f, '--kind', 'raw']);
    expect(cold.code).toBe(0);
    expect(cold.stderr).toContain(msg.query.brokenQuotes(1, 3));
    expect(cold.stdout).toContain('"count",2,2');
    const warm = await runCli(['query', f, '--kind', 'raw']);
    expect(warm.stderr).toContain(msg.query.brokenQuotes(1, 3));
    const g = join(dir, 'quoted.csv');
    writeFileSync(g, 'a,b\n1,"two, with ""q"" x"\n3,4\n');
    const clean = await runCli(['query', g, '--kind', 'raw']);
    expect(clean.code).toBe(0);
    expect(clean.stderr).not.toContain('broken quotes');
  });

  it('names the values that keep a weight or stat column from being numeric (not "no positive numbers")', async () => {
    const f = join(dir, 'weights.csv');
    writeFileSync(f, 'id,w,grp,x\n1,1,a,10\n2,2,a,20\n3,0,b,30\n4,-1,b,40\n5,abc,a,50\n6,,b,60\n7,1e309,a,70\n8,3,b,80\n');
    const weight = await runCli(['query', f, '--by', 'grp', '--weight', 'w']);
    expect(weight.code).toBe(2);
    expect(weight.stderr).toContain(msg.query.weightNotNumeric('w', ['1e309', 'abc']));
    expect(weight.stderr).toContain('"abc"');
    const mean = await runCli(['query', f, '--by', 'grp', '--stat', 'mean:w']);
    expect(mean.code).toBe(2);
    expect(mean.stderr).toContain(msg.query.statNotNumeric('mean', 'w', ['1e309', 'abc']));
    expect(mean.stderr).not.toContain('"-1"');
    const g = join(dir, 'weights-numeric.csv');
    writeFileSync(g, 'id,w,grp\n1,0,a\n2,-1,b\n');
    const none = await runCli(['query', g, '--by', 'grp', '--weight', 'w']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(msg.query.weightNotNumeric('w', []));
  });

  it('suppresses below --min-cell only when asked, and keeps CSV safe from formulas', async () => {
    const f = join(dir, 'raw.csv');
    writeFileSync(f, 'group,name,score\n=HYPERLINK("x"),Ann,1\n=HYPERLINK("x"),Bob,2\n+cmd,Cy,3\nb,Di,4\nb,Ed,5\nb,Fi,6\nb,Gu,7\nb,Ha,8\nc,Io,9\nc,Ja,10\nc,Ka,11\nc,La,12\nc,Ma,13\n');
    const plain = await runCli(['query', f, '--by', 'group']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`"'=HYPERLINK(""x"")"`);
    expect(plain.stdout).toContain("'+cmd");
    expect(plain.stdout).not.toMatch(/^=/m);
    const hidden = await json([f, '--by', 'group', '--min-cell', '5']);
    expect(hidden.filter((r) => r.suppressed === 'primary').length).toBe(2);
    for (const r of hidden) if (r.suppressed) expect(r.value).toBeNull();
    // personal-data columns are not readable
    const personal = await runCli(['query', f, '--by', 'name']);
    expect(personal.code).toBe(2);
  });
});

describe('bulletin query on the bundled assistance sample', () => {
  it('counts records by office and shares of assistance types (multi) within each office', async () => {
    const f = new URL('../../data-samples/assistance.csv', import.meta.url).pathname;
    const counts = await json([f, '--by', 'office']);
    expect(counts.find((r) => r.office === 'KGZ')?.value).toBe(295);
    const types = await json([f, '--by', 'office,assistance_types', '--stat', 'share', '--where', 'office=KAZ']);
    expect(types.every((r) => r.office === 'KAZ' && r.n === 230)).toBe(true);
    const avr = types.find((r) => r.assistance_types === 'avr');
    expect(avr?.value).toBeCloseTo(110 / 230, 12);
  });
});

const REAL = sharedDir('real-exports', 'bulletin query on real exports') ?? '';
describe.skipIf(REAL === '')('bulletin query on real exports (raw mode)', () => {
  it('counts by any column, sums, and option shares of Kobo split columns (Malawi DTM)', async () => {
    const f = join(REAL, 'malawi-dtm-kobo.csv');
    const counts = await json([f, '--by', 'm0303_meta_adm1_pcode']);
    expect(counts.reduce((s, r) => s + (r.value as number), 0)).toBe(776);
    const sum = await json([f, '--stat', 'sum:m0310_loc_num_idp_ind']);
    expect(sum[0]?.value).toBeGreaterThan(0);
    const opts = await json([f, '--by', 's2878_loc_top_3_priority_need_idp', '--stat', 'share']);
    expect(opts.map((r) => r.s2878_loc_top_3_priority_need_idp)).toContain('food');
    for (const r of opts) expect(r.n).toBe(opts[0]?.n);
  });

  it('reads `.` split columns (Uganda) and Windows-1252 (Libya)', async () => {
    const u = await json([join(REAL, 'uganda-msna-dot.csv'), '--by', 'biggest_needs', '--stat', 'share']);
    expect(u.map((r) => r.biggest_needs)).toContain('water_sanitation');
    const l = await json([join(REAL, 'libya-msna-cp1252.csv'), '--by', 'threat_eviction']);
    expect(l.map((r) => r.threat_eviction)).toContain('4. Don’t know');
    const m = await json([join(REAL, 'libya-msna-cp1252.csv'), '--by', 'sex_HoH', '--stat', 'median:age_HoH']);
    expect(m.length).toBeGreaterThan(0);
  });
});
