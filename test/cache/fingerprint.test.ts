// cache/fingerprint.ts: any change to the code that validates gives another fingerprint.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { codeFingerprint, codeFingerprintIn } from '../../src/cache/fingerprint.js';

const root = mkdtempSync(join(tmpdir(), 'bulletin-fp-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Writes `files` under `base`, then changes each in turn: every change must give a fingerprint not
 * seen before. Returns the fingerprints seen (the first is that of the files as written).
 */
function expectEachChangeMoves(base: string, files: Record<string, string>, fingerprint: () => string): Set<string> {
  for (const [f, c] of Object.entries(files)) writeFileSync(join(base, f), c);
  const first = fingerprint();
  expect(fingerprint()).toBe(first);
  const seen = new Set([first]);
  for (const f of Object.keys(files)) {
    writeFileSync(join(base, f), `${files[f]} changed`);
    const fp = fingerprint();
    expect(seen.has(fp), f).toBe(false);
    seen.add(fp);
  }
  return seen;
}

describe('codeFingerprint', () => {
  it('is stable, and changes with the validator, the instruments, the code lists, the place table or package.json', () => {
    const src = join(root, 'src');
    for (const d of ['validate', 'schema', 'analyse']) mkdirSync(join(src, d), { recursive: true });
    mkdirSync(join(root, 'data', 'schema'), { recursive: true });
    const files: Record<string, string> = {
      'src/validate/checkers.ts': 'a',
      'src/schema/survey.ts': 'b',
      'src/schema/place-entries.ts': 'c',
      'data/schema/places.json': '{}',
      'data/schema/codes.json': '{}',
      'src/validate/load.ts': 'd',
      'package.json': '{"version":"0.1.0"}',
    };
    const fingerprint = () => codeFingerprint(`${src}/`);
    writeFileSync(join(src, 'analyse', 'x.ts'), 'not part of loading');
    const seen = expectEachChangeMoves(root, files, fingerprint);
    // a module outside what loading reads changes nothing
    const now = fingerprint();
    writeFileSync(join(src, 'analyse', 'x.ts'), 'still not part of loading');
    expect(fingerprint()).toBe(now);
    writeFileSync(join(src, 'validate', 'new-rule.ts'), 'e');
    expect(seen.has(codeFingerprint(`${src}/`))).toBe(false);
  });

  it('covers every chunk of a bundle (any code change), package.json and the declared data', () => {
    const pkg = join(root, 'bundled');
    const dir = join(pkg, 'dist', 'bundle');
    mkdirSync(dir, { recursive: true });
    mkdirSync(join(pkg, 'data', 'schema'), { recursive: true });
    const files: Record<string, string> = {
      'dist/bundle/main.js': 'm',
      'dist/bundle/chunk-AAA.js': 'a',
      'dist/bundle/render-worker.js': 'w',
      'data/schema/codes.json': '{}',
      'package.json': '{"version":"0.1.0"}',
    };
    const layout = { dir, ext: '.js', bundled: true, packageRoot: pkg };
    const seen = expectEachChangeMoves(pkg, files, () => codeFingerprint(layout));
    // a file of the bundle folder that is not code changes nothing
    const now = codeFingerprint({ ...layout });
    writeFileSync(join(dir, 'notes.txt'), 'not code');
    expect(codeFingerprint(layout)).toBe(now);
    writeFileSync(join(dir, 'chunk-BBB.js'), 'b');
    expect(seen.has(codeFingerprint(layout))).toBe(false);
    // the same files read as separate modules are another fingerprint: a bundle never reads a tsc entry
    expect(codeFingerprint({ ...layout, bundled: false })).not.toBe(codeFingerprint(layout));
  });

  it('covers the real validator modules', () => {
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('codeFingerprintIn (remembered in the cache directory)', () => {
  const src = join(root, 'memo-src');
  const cache = join(root, 'memo-cache');
  const memo = join(cache, 'code-fingerprint.json');
  const forge = () => {
    const m = JSON.parse(readFileSync(memo, 'utf8')) as Record<string, unknown>;
    writeFileSync(memo, JSON.stringify({ ...m, fingerprint: 'forged' }));
  };

  it('is codeFingerprint, taken from the memo while the files are unchanged and old enough', () => {
    mkdirSync(join(src, 'validate'), { recursive: true });
    writeFileSync(join(src, 'validate', 'checkers.ts'), 'a');
    const real = codeFingerprint(`${src}/`);
    // the test clock (test/setup.ts) is older than the files: the memo is never trusted
    expect(codeFingerprintIn(cache, `${src}/`)).toBe(real);
    forge();
    expect(codeFingerprintIn(cache, `${src}/`)).toBe(real);
    vi.setSystemTime(new Date('2040-01-01T00:00:00Z')); // the files are now old
    try {
      expect(codeFingerprintIn(cache, `${src}/`)).toBe(real);
      forge();
      expect(codeFingerprintIn(cache, `${src}/`)).toBe('forged'); // from the memo
      writeFileSync(join(src, 'validate', 'checkers.ts'), 'b'); // another stat
      expect(codeFingerprintIn(cache, `${src}/`)).toBe(codeFingerprint(`${src}/`));
      writeFileSync(memo, '{');
      expect(codeFingerprintIn(cache, `${src}/`)).toBe(codeFingerprint(`${src}/`));
    } finally {
      vi.setSystemTime(new Date('2026-01-15T10:00:00Z'));
    }
    expect(codeFingerprintIn(undefined, `${src}/`)).toBe(codeFingerprint(`${src}/`));
  });
});

