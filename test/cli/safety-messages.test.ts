/** issue 10: messages that say what is wrong (each its own), exit 2, never an internal error. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from './safety-helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'data-samples/survey.csv');
const ASSISTANCE = join(ROOT, 'test/pipeline/fixtures/assistance-small.csv');
const SURVEY_SMALL = join(ROOT, 'test/pipeline/fixtures/survey-small.csv');

describe('messages', () => {
  it('a configuration file with a UTF-8 BOM is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msg-'));
    writeFileSync(join(dir, 'config.json'), `\uFEFF${JSON.stringify({ assistance: ASSISTANCE, bulletin: 'x' })}`);
    const r = await cliIn(dir, ['build', '--config', 'config.json', '--out', 'out']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/JSON/);
    expect(r.stderr).toMatch(/--bulletin: "x" is not one of/); // the configuration was read: its bad value is named
  });

  it('an empty list option says so', async () => {
    for (const flag of ['--bulletin', '--country', '--lang', '--survey']) {
      const r = await cliIn(ROOT, ['build', flag, ',,', '--out', join(tmpdir(), 'never')]);
      expect(r.code, flag).toBe(2);
      expect(r.stderr, flag).toMatch(new RegExp(`${flag} ",," names nothing`));
    }
    const q = await cliIn(ROOT, ['query', SAMPLE, '--by', ',,']);
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(/--by ",," names no column/);
  });

  it('== and an unknown code in --where, with the closest codes', async () => {
    const eq = await cliIn(ROOT, ['query', SAMPLE, '--where', 'country==KGZ', '--no-cache']);
    expect(eq.code).toBe(2);
    expect(eq.stderr).toMatch(/write a single = \(e\.g\. country=KGZ\)/);
    const code = await cliIn(ROOT, ['query', SAMPLE, '--where', 'sex=femal', '--no-cache']);
    expect(code.code).toBe(2);
    expect(code.stderr).toMatch(/"femal" is not a value of sex \(did you mean "female"\?\)/);
  });

  it('too many --by columns is a usage error, not an internal one', async () => {
    const by = Array.from({ length: 34 }, (_, i) => `c${i}`).join(',');
    const r = await cliIn(ROOT, ['query', SAMPLE, '--by', by, '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/at most 8 can be crossed/);
  });

  it('a personal column in a mapping has its own message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msg-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ columns: { full_name: 'respondent_name' } }));
    copyFileSync(SAMPLE, join(dir, 's.csv'));
    const r = await cliIn(dir, ['validate', join(dir, 's.csv'), '--mapping', join(dir, 'm.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"full_name" is personal data/);
  });

  it('--strict does not say "building on" before saying nothing was written', async () => {
    const r = await cliIn(ROOT, ['build', '--survey', SURVEY_SMALL, '--bulletin', '1', '--strict', '--no-cache', '--out', join(mkdtempSync(join(tmpdir(), 'msg-')), 'o')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rows rejected/);
    expect(r.stderr).not.toMatch(/building on/);
    expect(r.stderr).toMatch(/nothing was written/);
  });
});
