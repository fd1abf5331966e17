import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { RACY_MARGIN_MS, indexedSha256, unchangedSince } from '../../src/cache/stat-index.js';

// test/setup.ts freezes Date at 2026-01-15T10:00:00Z: "now" for the index
const NOW = Date.now();
const root = mkdtempSync(join(tmpdir(), 'stat-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
let dir: string;
let file: string;
beforeEach(() => {
  n++;
  dir = join(root, `cache-${n}`);
  file = join(root, `input-${n}.csv`);
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const indexPath = () => join(dir, 'stat-index.json');
/** Replaces the recorded hash, to see whether a later call trusts the record or re-hashes. */
function forge(value: string): void {
  const doc = JSON.parse(readFileSync(indexPath(), 'utf8')) as Record<string, { sha256: string }>;
  for (const k of Object.keys(doc)) doc[k]!.sha256 = value;
  writeFileSync(indexPath(), JSON.stringify(doc));
}

describe('stat index', () => {
  it('hashes a file once, then trusts its unchanged stat when the file is older than the hash', async () => {
    writeFileSync(file, 'a,b\n1,2\n');
    const old = new Date(NOW - 60_000);
    utimesSync(file, old, old);
    expect((await indexedSha256(dir, file)).sha256).toBe(sha('a,b\n1,2\n'));
    forge('f'.repeat(64));
    expect((await indexedSha256(dir, file)).sha256).toBe('f'.repeat(64)); // from the index
  });

  it('re-hashes a file modified within the racy margin of the hash (git racy rule)', async () => {
    writeFileSync(file, 'a,b\n1,2\n');
    const recent = new Date(NOW - RACY_MARGIN_MS / 2);
    utimesSync(file, recent, recent);
    await indexedSha256(dir, file);
    forge('f'.repeat(64));
    expect((await indexedSha256(dir, file)).sha256).toBe(sha('a,b\n1,2\n'));
  });

  it('re-hashes a file whose stat changed (same size, other bytes, other time)', async () => {
    writeFileSync(file, 'a,b\n1,2\n');
    const old = new Date(NOW - 60_000);
    utimesSync(file, old, old);
    await indexedSha256(dir, file);
    writeFileSync(file, 'a,b\n3,4\n');
    const older = new Date(NOW - 30_000);
    utimesSync(file, older, older);
    expect((await indexedSha256(dir, file)).sha256).toBe(sha('a,b\n3,4\n'));
  });

  it('ignores a damaged or foreign index', async () => {
    writeFileSync(file, 'x\n');
    await indexedSha256(dir, file);
    for (const junk of ['{', '[]', 'null', '{"x":1}', JSON.stringify({ [file]: { sha256: 5 } })]) {
      writeFileSync(indexPath(), junk);
      expect((await indexedSha256(dir, file)).sha256).toBe(sha('x\n'));
    }
  });

  it('tells whether a file is unchanged since it was hashed', async () => {
    writeFileSync(file, 'a\n');
    const old = new Date(NOW - 60_000);
    utimesSync(file, old, old);
    const h = await indexedSha256(dir, file);
    expect(await unchangedSince(file, h, NOW)).toBe(true);
    writeFileSync(file, 'b\n');
    expect(await unchangedSince(file, h, NOW)).toBe(false);
  });
});
