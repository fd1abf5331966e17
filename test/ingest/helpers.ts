/** Temp files for ingest tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openCsv, type CsvRow, type OpenCsvOptions } from '../../src/ingest/read-csv.js';

export function tempDir(): { file(name: string, content: string | Uint8Array): string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return {
    dir,
    file(name: string, content: string | Uint8Array): string {
      const p = join(dir, `${n++}-${name}`);
      writeFileSync(p, content);
      return p;
    },
  };
}

export async function readAll(path: string, opts?: OpenCsvOptions) {
  const s = await openCsv(path, opts);
  const rows: CsvRow[] = [];
  for await (const r of s.rows) rows.push(r);
  return { ...s, rows };
}
