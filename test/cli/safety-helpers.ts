/** In-process CLI runs in a chosen working directory, and checks that no answer is an internal error. */
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cliIn(cwd: string, argv: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { CI: 'true', HOME: '/nonexistent-home', ...env },
    cwd,
  });
  expect(code).not.toBe(3);
  expect(`${stdout}\n${stderr}`).not.toMatch(/exit 3|internal error/);
  return { code, stdout, stderr };
}
