/**
 * Golden files for the renderer's deterministic intermediates (layout JSON, extracted text).
 * UPDATE_GOLDEN=1 rewrites them; on a mismatch a `-changed` file is written beside the golden for review.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

export function expectGolden(name: string, actual: string): void {
  const file = join(DIR, name);
  const changed = `${file}-changed`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing (run with UPDATE_GOLDEN=1 to create it)`);
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  expect(actual, `${name} differs from its golden file (see ${name}-changed; UPDATE_GOLDEN=1 to accept)`).toBe(expected);
}
