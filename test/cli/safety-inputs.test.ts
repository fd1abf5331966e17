/**
 * issue 10: inputs read as one consistent snapshot, duplicates across files, pipes read once,
 * full and read-only file systems — every answer exit 1 or 2, never an internal error.
 */
import { spawn, execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotHooks } from '../../src/fs/snapshot.js';
import { cliIn } from './safety-helpers.js';
import { withFsFaults } from './fs-faults.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'data-samples/survey.csv');
const ASSISTANCE = join(ROOT, 'test/pipeline/fixtures/assistance-small.csv');
const BIN = join(ROOT, 'bin/bulletin.js');

function work(): string {
  return mkdtempSync(join(tmpdir(), 'safety-in-'));
}

afterEach(() => {
  delete snapshotHooks.afterChunk;
});

describe('an input rewritten while it is read', () => {
  /** After the first chunk, the file is rewritten (a sync client, a `cp` in a CI job). */
  function rewriteAfterFirstChunk(file: string): void {
    snapshotHooks.afterChunk = (path, index) => {
      if (index === 0 && path.endsWith(file)) appendFileSync(path, readFileSync(path, 'utf8').split('\n').slice(1, 50).join('\n'));
    };
  }

  it('is exit 2 "input changed while reading" for build, validate and query, with nothing published', async () => {
    const dir = work();
    for (const argv of [
      ['build', '--survey', 'survey.csv', '--bulletin', '1', '--lang', 'en', '--no-cache', '--out', 'out'],
      ['validate', join(dir, 'survey.csv')],
      ['query', join(dir, 'survey.csv'), '--by', 'sex', '--no-cache'],
      ['query', join(dir, 'survey.csv'), '--kind', 'raw', '--by', 'sex', '--no-cache'],
    ]) {
      copyFileSync(SAMPLE, join(dir, 'survey.csv'));
      rewriteAfterFirstChunk('survey.csv');
      const r = await cliIn(dir, argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(/input changed while reading: .*survey\.csv/);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.out'))).toEqual([]);
  }, 120_000);

  it('records in the manifest the sha256 of exactly the bytes parsed', async () => {
    const dir = work();
    copyFileSync(ASSISTANCE, join(dir, 'a.csv'));
    const r = await cliIn(dir, ['build', '--assistance', 'a.csv', '--bulletin', '6', '--lang', 'en', '--no-cache', '--out', 'out', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { manifest: { inputs: Array<{ sha256: string }> } };
    const { createHash } = await import('node:crypto');
    expect(doc.manifest.inputs[0]!.sha256).toBe(createHash('sha256').update(readFileSync(join(dir, 'a.csv'))).digest('hex'));
  }, 60_000);
});

describe('duplicates across files', () => {
  function overlapping(dir: string): void {
    const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
    const header = lines[0]!;
    writeFileSync(join(dir, 'part1.csv'), [header, ...lines.slice(1, 2001)].join('\n') + '\n');
    writeFileSync(join(dir, 'part2.csv'), [header, ...lines.slice(1501)].join('\n') + '\n'); // rows 1501–2000 in both
  }

  /** Rows in both parts whose id is checked: those with consent (a row without it is excluded before). */
  async function checkedOverlap(dir: string): Promise<number> {
    const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'overlap.csv'), [lines[0]!, ...lines.slice(1501, 2001)].join('\n') + '\n');
    const r = await cliIn(dir, ['validate', join(dir, 'overlap.csv'), '--json']);
    const s = (JSON.parse(r.stdout) as { summary: { rows: number; excluded: number } }).summary;
    expect(s.rows).toBe(500);
    return s.rows - s.excluded;
  }

  it('overlapping exports give row.duplicate-id in validate, naming the other file', async () => {
    const dir = work();
    overlapping(dir);
    const r = await cliIn(dir, ['validate', join(dir, 'part1.csv'), join(dir, 'part2.csv'), '--json', '--max-issues', '100000']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { summary: { rows: number; accepted: number }; issues: Array<{ rule: string; file: string; message: string }> };
    const dups = doc.issues.filter((i) => i.rule === 'row.duplicate-id');
    expect(dups).toHaveLength(await checkedOverlap(dir));
    expect(dups.every((d) => d.file.endsWith('part2.csv') && /already used in .*part1\.csv on line/.test(d.message))).toBe(true);
    expect(doc.summary.rows).toBe(4500);
  });

  it('and in build, where the repeated interviews are not counted twice', async () => {
    const dir = work();
    overlapping(dir);
    const r = await cliIn(dir, ['build', '--survey', 'part1.csv', 'part2.csv', '--bulletin', '1', '--lang', 'en', '--no-cache', '--out', 'out', '--json']);
    expect(r.code).toBe(0);
    const v = JSON.parse(readFileSync(join(dir, 'out', 'validation.json'), 'utf8')) as { issues: Array<{ rule: string }> };
    expect(v.issues.filter((i) => i.rule === 'row.duplicate-id')).toHaveLength(await checkedOverlap(dir));
  }, 120_000);

  it('the same file given twice (even under another name) is exit 2', async () => {
    const dir = work();
    copyFileSync(SAMPLE, join(dir, 's.csv'));
    const v = await cliIn(dir, ['validate', join(dir, 's.csv'), join(dir, '.', 's.csv')]);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/same file given twice/);
    const b = await cliIn(dir, ['build', '--survey', 's.csv', './s.csv', '--bulletin', '1', '--no-cache', '--out', 'out']);
    expect(b.code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

/** Runs the installed command (dist/) with `input` on a real pipe as standard input; never more than 60 s. */
function runPiped(argv: string[], input: Buffer, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { env: { ...process.env, CI: 'true', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`hung: bulletin ${argv.join(' ')}`));
    }, 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

describe('a pipe or standard input', () => {
  it('is read once, never hangs, with the cache on: `-` and /dev/stdin for query and validate', async () => {
    const cache = work();
    const bytes = readFileSync(SAMPLE);
    for (const argv of [
      ['query', '-', '--by', 'sex'],
      ['query', '/dev/stdin', '--by', 'sex'],
      ['query', '-', '--kind', 'raw', '--by', 'sex'],
      ['validate', '-'],
      ['validate', '/dev/stdin'],
    ]) {
      const r = await runPiped(argv, bytes, { BULLETIN_CACHE_DIR: cache });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/exit 3|internal error|empty/);
      if (argv[0] === 'query') {
        // the same answer as from the file itself
        const fromFile = await runPiped(argv.map((a) => (a === '-' || a === '/dev/stdin' ? SAMPLE : a)).concat('--no-cache'), Buffer.alloc(0));
        expect(r.stdout).toBe(fromFile.stdout);
        expect(r.stdout).toMatch(/^"?sex"?,"?stat"?,"?value"?,"?n"?\n/);
      }
    }
    // nothing of a pipe is cached
    expect(readdirSync(cache).filter((n) => n.endsWith('.bcache'))).toEqual([]);
  }, 120_000);

  it('/dev/zero is refused at once (exit 2), with the cache on', async () => {
    const cache = work();
    for (const argv of [['query', '/dev/zero'], ['validate', '/dev/zero'], ['build', '--assistance', '/dev/zero', '--out', join(cache, 'out')]]) {
      const r = await runPiped(argv, Buffer.alloc(0), { BULLETIN_CACHE_DIR: cache });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/zero bytes/);
    }
  }, 120_000);
});

/** A small tmpfs (root only), or undefined where it cannot be mounted (the caller injects the fault instead). */
function mountTmpfs(size: string, readOnly = false): string | undefined {
  const dir = work();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${readOnly ? ',ro' : ''}`, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    console.warn(`no ${size} tmpfs can be mounted here (not root, or no mount): the fault is injected in this process instead`);
    return undefined;
  }
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    // left for the system
  }
}

/**
 * The file system's fault: a real small tmpfs where one can be mounted (root, as CI runs), else the
 * same fault injected in this process under a plain directory (test/cli/fs-faults.ts), so that the
 * test runs on every machine. Builds draw in this thread (BULLETIN_WORKERS=0) for the injection to
 * reach every write.
 */
async function onFault(code: 'ENOSPC' | 'EROFS', body: (dir: string, real: boolean) => Promise<void>): Promise<void> {
  const mnt = process.env.BULLETIN_TEST_NO_MOUNT ? undefined : mountTmpfs('2m', code === 'EROFS');
  if (mnt) {
    try {
      await body(mnt, true);
    } finally {
      unmount(mnt);
    }
    return;
  }
  const dir = work();
  await withFsFaults(dir, code, () => body(dir, false));
}

describe('a full disk, a read-only file system', () => {
  it('a full disk is exit 2 naming ENOSPC, for build, validate --report and sample; the previous output stays', async () => {
    await onFault('ENOSPC', async (mnt, real) => {
      const dir = work();
      const build = await cliIn(dir, ['build', '--assistance', ASSISTANCE, '--no-cache', '--min-cell', '0', '--out', join(mnt, 'out')], { BULLETIN_WORKERS: '0' });
      expect(build.code).toBe(2);
      expect(build.stderr).toMatch(/no space left on the device \(ENOSPC\)/);
      expect(readdirSync(mnt).filter((n) => n.startsWith('.out.'))).toEqual([]);
      const sample = await cliIn(dir, ['sample', '--kind', 'survey', '--rows', '20000', '--out', mnt]);
      expect(sample.code).toBe(2);
      expect(sample.stderr).toMatch(/ENOSPC/);
      if (real) writeFileSync(join(mnt, 'fill'), Buffer.alloc(1));
      const v = await cliIn(dir, ['validate', SAMPLE, '--report', join(mnt, 'r.json'), '--max-issues', '0']);
      expect([0, 2]).toContain(v.code);
      expect(readdirSync(mnt).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }, 120_000);

  it('a read-only file system is exit 2 naming EROFS, before the build', async () => {
    await onFault('EROFS', async (mnt) => {
      const dir = work();
      const build = await cliIn(dir, ['build', '--assistance', ASSISTANCE, '--no-cache', '--out', join(mnt, 'out')], { BULLETIN_WORKERS: '0' });
      expect(build.code).toBe(2);
      expect(build.stderr).toMatch(/read-only \(EROFS\)/);
      const report = await cliIn(dir, ['validate', ASSISTANCE, '--report', join(mnt, 'r.json')]);
      expect(report.code).toBe(2);
      expect(report.stderr).toMatch(/read-only \(EROFS\)/);
      const sample = await cliIn(dir, ['sample', '--out', join(mnt, 'x')]);
      expect(sample.code).toBe(2);
      expect(sample.stderr).toMatch(/EROFS/);
    });
  }, 120_000);

  it('an --out whose name is too long is exit 2 naming the cause, before the build', async () => {
    const dir = work();
    const long = await cliIn(dir, ['build', '--assistance', ASSISTANCE, '--no-cache', '--out', join(dir, 'x'.repeat(300), 'out')]);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/ENAMETOOLONG|too long/);
  });
});
