/**
 * issue 10: `--out` is safe by construction, and no output overwrites an input or a file bulletin
 * did not write. Every refusal is exit 2, before any work, with nothing deleted or changed.
 */
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from './safety-helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SURVEY = join(ROOT, 'test/pipeline/fixtures/survey-small.csv');
const ASSISTANCE = join(ROOT, 'test/pipeline/fixtures/assistance-small.csv');

/** A download folder: the two exports, an unrelated file and a sub-folder. */
function downloads(): { work: string; dl: string; snapshot: () => Record<string, string> } {
  const work = mkdtempSync(join(tmpdir(), 'safety-out-'));
  const dl = join(work, 'dl');
  mkdirSync(join(dl, 'sub'), { recursive: true });
  copyFileSync(SURVEY, join(dl, 'survey.csv'));
  copyFileSync(ASSISTANCE, join(dl, 'assistance.csv'));
  writeFileSync(join(dl, 'precious.txt'), 'a month of fieldwork notes');
  writeFileSync(join(dl, 'sub', 'notes.md'), '# notes');
  const snapshot = () =>
    Object.fromEntries(['survey.csv', 'assistance.csv', 'precious.txt', 'sub/notes.md'].map((f) => [f, readFileSync(join(dl, f), 'utf8')]));
  return { work, dl, snapshot };
}

const build = ['build', '--bulletin', '6', '--lang', 'en', '--no-cache'];

describe('build --out', () => {
  it('refuses the folder holding its inputs: exit 2, nothing deleted', async () => {
    const { work, dl, snapshot } = downloads();
    const before = snapshot();
    const r = await cliIn(work, [...build, '--survey', 'dl/survey.csv', '--assistance', 'dl/assistance.csv', '--out', 'dl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out dl holds the input .*survey\.csv/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dl).sort()).toEqual(['assistance.csv', 'precious.txt', 'sub', 'survey.csv']);
  });

  it('refuses the parent of an input, an input file itself, and a file', async () => {
    const { work, dl, snapshot } = downloads();
    const before = snapshot();
    for (const out of ['dl', work, 'dl/assistance.csv', 'dl/precious.txt', 'dl/sub']) {
      const r = await cliIn(work, [...build, '--assistance', join(dl, 'assistance.csv'), '--out', out]);
      expect(r.code, out).toBe(2);
    }
    expect(snapshot()).toEqual(before);
    const file = await cliIn(work, [...build, '--assistance', ASSISTANCE, '--out', 'dl/precious.txt']);
    expect(file.stderr).toMatch(/is a file, not a directory/);
  });

  it('refuses "", ".", "/", the home directory, the package itself', async () => {
    const { work, snapshot } = downloads();
    const before = snapshot();
    const cases: Array<[string, RegExp]> = [
      ['', /--out is empty/],
      ['.', /the current directory/],
      ['/', /root of the file system/],
      [work, /your home directory/],
      [ROOT, /the bulletin package itself/],
    ];
    for (const [out, why] of cases) {
      const r = await cliIn(join(work, 'dl'), [...build, '--assistance', ASSISTANCE, '--out', out], { HOME: work });
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toMatch(why);
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses a non-empty folder that is not a previous output, and a previous output with a file added by hand', async () => {
    const { work, dl, snapshot } = downloads();
    const before = snapshot();
    const foreign = await cliIn(work, [...build, '--assistance', ASSISTANCE, '--out', 'dl/sub']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/not the output of an earlier build .*notes\.md/);
    expect(snapshot()).toEqual(before);

    const out = join(work, 'out');
    const first = await cliIn(work, [...build, '--assistance', ASSISTANCE, '--out', 'out', '--min-cell', '0']);
    expect(first.code).toBe(0);
    const again = await cliIn(work, [...build, '--assistance', ASSISTANCE, '--out', 'out', '--min-cell', '0']);
    expect(again.code).toBe(0); // a previous output is replaced
    writeFileSync(join(out, 'precious.txt'), 'mine');
    const third = await cliIn(work, [...build, '--assistance', ASSISTANCE, '--out', 'out', '--min-cell', '0']);
    expect(third.code).toBe(2);
    expect(third.stderr).toMatch(/precious\.txt/);
    expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(work).filter((n) => n.startsWith('.out.'))).toEqual([]);
    expect(readdirSync(dl).length).toBe(4);
  }, 120_000);
});

describe('no output over an input or a foreign file', () => {
  it('validate --report onto the input (by name, or a hard link to it) is refused', async () => {
    const { work, dl, snapshot } = downloads();
    const before = snapshot();
    linkSync(join(dl, 'survey.csv'), join(work, 'link.csv'));
    for (const report of ['dl/survey.csv', 'link.csv']) {
      const r = await cliIn(work, ['validate', 'dl/survey.csv', '--report', report]);
      expect(r.code, report).toBe(2);
      expect(r.stderr).toMatch(/is the input .*dl\/survey\.csv: refusing to overwrite it/);
    }
    // with --force too: an input is never overwritten
    const forced = await cliIn(work, ['validate', 'dl/survey.csv', '--report', 'dl/survey.csv', '--force']);
    expect(forced.code).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it('validate --report over a file bulletin did not write needs --force; its own report is replaced', async () => {
    const { work, dl } = downloads();
    const r = await cliIn(work, ['validate', join(dl, 'survey.csv'), '--report', 'dl/precious.txt.json']);
    expect(r.code).toBe(1); // the fixture has rejected rows: exit 1, report written
    expect((await cliIn(work, ['validate', join(dl, 'survey.csv'), '--report', 'dl/precious.txt.json'])).code).toBe(1);
    writeFileSync(join(dl, 'mine.csv'), 'my own table\n');
    const refused = await cliIn(work, ['validate', join(dl, 'survey.csv'), '--report', 'dl/mine.csv']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not written by bulletin.*--force/);
    expect(readFileSync(join(dl, 'mine.csv'), 'utf8')).toBe('my own table\n');
    expect((await cliIn(work, ['validate', join(dl, 'survey.csv'), '--report', 'dl/mine.csv', '--force'])).code).toBe(1);
    expect(readFileSync(join(dl, 'mine.csv'), 'utf8')).toMatch(/^\uFEFF"?severity"?,"?rule/);
  });

  it('sample --out . never overwrites a real survey.csv; its own files are replaced', async () => {
    const { dl, snapshot } = downloads();
    const before = snapshot();
    const r = await cliIn(dl, ['sample', '--kind', 'survey', '--rows', '5', '--out', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/survey\.csv already exists and was not written by bulletin/);
    expect(snapshot()).toEqual(before);
    const fresh = join(dl, 'sub');
    expect((await cliIn(fresh, ['sample', '--kind', 'survey', '--rows', '5', '--out', '.'])).code).toBe(0);
    expect((await cliIn(fresh, ['sample', '--kind', 'survey', '--rows', '7', '--out', '.'])).code).toBe(0);
    writeFileSync(join(fresh, 'survey.csv'), 'edited by hand\n');
    expect((await cliIn(fresh, ['sample', '--kind', 'survey', '--rows', '7', '--out', '.'])).code).toBe(2);
    expect((await cliIn(fresh, ['sample', '--kind', 'survey', '--rows', '7', '--out', '.', '--force'])).code).toBe(0);
  });
});
