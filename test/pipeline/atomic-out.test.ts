/** The temporary directory and the swap: leftovers of killed builds, failures, success. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAtomicOut } from '../../src/pipeline/atomic-out.js';
import { pendingCleanups, runSignalCleanups } from '../../src/fs/cleanup.js';

const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max default: never a live process

function fresh(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  const out = join(dir, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'old.txt'), 'previous');
  // a previous build's output: its manifest, written by bulletin, lists every file it holds
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ tool: { name: 'bulletin' }, outputs: [{ path: 'old.txt' }] }));
  return { dir, out };
}

describe('atomic output directory', () => {
  it('replaces the previous outputs only when the work succeeded', async () => {
    const { dir, out } = fresh();
    await withAtomicOut(out, async (tmp) => writeFileSync(join(tmp, 'new.txt'), 'next'));
    expect(readdirSync(out)).toEqual(['new.txt']);
    // an empty directory, or none, is replaced too
    await withAtomicOut(join(dir, 'new'), async (tmp) => writeFileSync(join(tmp, 'a.txt'), 'a'));
    expect(readdirSync(join(dir, 'new'))).toEqual(['a.txt']);
    rmSync(join(dir, 'new'), { recursive: true });
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('keeps the previous outputs and removes its temporary directory on failure', async () => {
    const { dir, out } = fresh();
    await expect(
      withAtomicOut(out, async (tmp) => {
        writeFileSync(join(tmp, 'half.txt'), 'half');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(readFileSync(join(out, 'old.txt'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('never replaces a directory that is not a previous output, even one that became so during the work', async () => {
    const { dir, out } = fresh();
    await expect(
      withAtomicOut(out, async (tmp) => {
        writeFileSync(join(tmp, 'new.txt'), 'next');
        writeFileSync(join(out, 'precious.txt'), 'mine'); // put there by someone during the build
      }),
    ).rejects.toMatchObject({ exitCode: 2, code: 'out.refused' });
    expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'old.txt'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('removes its temporary directory when the process is stopped by a signal (the clean-up bin/ runs)', async () => {
    const { dir, out } = fresh();
    await withAtomicOut(out, async (tmp) => {
      writeFileSync(join(tmp, 'half.txt'), 'half');
      expect(pendingCleanups()).toBeGreaterThan(0);
      runSignalCleanups(); // what bin/bulletin.js does on SIGTERM / SIGINT / SIGHUP before dying
      expect(existsSync(tmp)).toBe(false);
    }).catch(() => undefined);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readFileSync(join(out, 'old.txt'), 'utf8')).toBe('previous');
  });

  it('cleans up after a killed build, and puts back outputs caught between the two renames', async () => {
    const { dir, out } = fresh();
    mkdirSync(join(dir, `.out.tmp-${DEAD_PID}-0`));
    await withAtomicOut(out, async () => undefined);
    expect(readdirSync(dir)).toEqual(['out']);

    const caught = fresh();
    // Killed after `out` was moved aside and before the new one was moved in.
    const aside = join(caught.dir, `.out.old-${DEAD_PID}-0`);
    await import('node:fs/promises').then((fs) => fs.rename(caught.out, aside));
    await expect(withAtomicOut(caught.out, async () => Promise.reject(new Error('fails again')))).rejects.toThrow('fails again');
    expect(existsSync(aside)).toBe(false);
    expect(readFileSync(join(caught.out, 'old.txt'), 'utf8')).toBe('previous');
  });
});
