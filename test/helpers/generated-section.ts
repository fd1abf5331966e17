/**
 * Sections of a committed document (README.md, docs/*.md) generated from the code's declarations,
 * between `<!-- generated: NAME -->` and `<!-- /generated: NAME -->`. The test fails when the text
 * there is not what the declarations give; UPDATE_GOLDEN=1 rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

export function expectGeneratedSection(file: string, name: string, body: string): void {
  const path = join(ROOT, file);
  const text = readFileSync(path, 'utf8');
  const open = `<!-- generated: ${name} -->\n`;
  const close = `<!-- /generated: ${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${file} has no section ${open.trim()} … ${close}`);
  const current = text.slice(start + open.length, end);
  const wanted = body.endsWith('\n') ? body : `${body}\n`;
  if (process.env.UPDATE_GOLDEN === '1' && current !== wanted) {
    writeFileSync(path, text.slice(0, start + open.length) + wanted + text.slice(end));
    return;
  }
  expect(current, `${file}, section ${name}, is out of date (UPDATE_GOLDEN=1 to regenerate)`).toBe(wanted);
}
