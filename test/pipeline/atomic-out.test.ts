/** The temporary directory and the swap: leftovers of killed builds, failures, success. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAtomicOut } from '../../src/pipeline/atomic-out.js';

const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max default: never a live process

function fresh(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  const out = join(dir, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'old.txt'), 'previous');
  return { dir, out };
}

describe('atomic output directory', () => {
  it('replaces the previous outputs only when the work succeeded', async () => {
    const { dir, out } = fresh();
    await withAtomicOut(out, async (tmp) => writeFileSync(join(tmp, 'new.txt'), 'next'));
    expect(readdirSync(out)).toEqual(['new.txt']);
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
