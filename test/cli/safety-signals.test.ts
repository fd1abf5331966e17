/**
 * issue 10: a build stopped by SIGTERM or SIGINT removes its temporary output directory at once
 * (not only at the next start), and the previous output stays whole. Runs the installed command.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin/bulletin.js');
const ASSISTANCE = join(ROOT, 'test/pipeline/fixtures/assistance-small.csv');

function run(argv: string[], onTmp?: (kill: () => void) => void, dir?: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let polling: NodeJS.Timeout | undefined;
    if (onTmp && dir) {
      const poll = () => {
        if (readdirSync(dir).some((n) => n.startsWith('.out.tmp-'))) onTmp(() => child.kill(currentSignal));
        else polling = setTimeout(poll, 20);
      };
      poll();
    }
    child.on('close', (code, signal) => {
      if (polling) clearTimeout(polling);
      resolve({ code, signal, stderr });
    });
  });
}

let currentSignal: NodeJS.Signals = 'SIGTERM';

describe('a build stopped by a signal', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: no temporary directory is left, the previous output is whole`, async () => {
      currentSignal = signal;
      const dir = mkdtempSync(join(tmpdir(), 'signal-'));
      const argv = ['build', '--assistance', ASSISTANCE, '--bulletin', '6', '--lang', 'en', '--no-cache', '--min-cell', '0', '--out', join(dir, 'out')];
      const first = await run(argv);
      expect(first.code).toBe(0);
      const manifest = readFileSync(join(dir, 'out', 'manifest.json'), 'utf8');
      let killed = false;
      const second = await run(
        argv,
        (kill) => {
          if (!killed) kill();
          killed = true;
        },
        dir,
      );
      expect(killed).toBe(true);
      expect(second.signal).toBe(signal);
      expect(second.stderr).not.toMatch(/exit 3|internal error/);
      expect(readdirSync(dir).filter((n) => n.startsWith('.out.'))).toEqual([]);
      expect(existsSync(join(dir, 'out', 'manifest.json'))).toBe(true);
      expect(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')).toBe(manifest);
    }, 180_000);
  }
});
