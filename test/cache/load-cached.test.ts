// cache/load-cached.ts: a hit gives the very LoadResult a fresh load gives; anything stale,
// damaged or unwritable falls back to loading, and --no-cache touches nothing.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasetCached } from '../../src/cache/load-cached.js';
import { loadDataset, type LoadResult } from '../../src/validate/load.js';
import { SURVEY_HEADER, csvText, surveyRow } from '../validate/rows.js';

const root = mkdtempSync(join(tmpdir(), 'bulletin-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => join(root, `${n++}-${name}`);
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bcache')) : []);

/** A small survey: valid rows, a rejected one (age), a weight column, an answered multi. */
function surveyFile(over: Record<string, string> = {}, extra: { header: string; value: (i: number) => string } | undefined = undefined): string {
  const rows = Array.from({ length: 40 }, (_, i) => surveyRow(i + 1, i === 7 ? { age: 'x' } : i === 9 ? { ...over, stranded_reason: '' } : over));
  const header = extra ? [...SURVEY_HEADER, extra.header] : SURVEY_HEADER;
  if (extra) rows.forEach((r, i) => (r[extra.header] = extra.value(i)));
  const path = fresh('survey.csv');
  writeFileSync(path, csvText(header, rows));
  return path;
}

function plain(r: LoadResult) {
  const t = r.dataset.table;
  return {
    columns: Object.fromEntries(t.columnNames().map((c) => [c, Array.from(t.array(c) as ArrayLike<unknown>)])),
    order: t.columnNames(),
    rows: t.numRows(),
    kind: r.dataset.kind,
    multi: r.dataset.multi,
    sources: r.dataset.sources,
    weighted: r.dataset.weighted,
    issues: r.issues,
    counts: r.counts,
    truncated: r.truncated,
  };
}

describe('loadDatasetCached', () => {
  it('misses, writes one entry, then hits with a deep-equal result', async () => {
    const file = surveyFile();
    const dir = fresh('cache');
    const notes: string[] = [];
    const direct = await loadDataset({ files: [file] });
    const first = await loadDatasetCached({ files: [file], cache: true, cacheDir: dir, note: (m) => notes.push(m) });
    expect(entries(dir)).toHaveLength(1);
    expect(notes.some((m) => m.startsWith('cache hit'))).toBe(false);
    const second = await loadDatasetCached({ files: [file], cache: true, cacheDir: dir, note: (m) => notes.push(m) });
    expect(notes.some((m) => m.startsWith('cache hit'))).toBe(true);
    expect(plain(first)).toEqual(plain(direct));
    expect(plain(second)).toEqual(plain(direct));
    expect(second.counts.errors).toBeGreaterThan(0); // the rejected row's issue came back too
    expect(second.dataset.table.objects()).toEqual(direct.dataset.table.objects());
  });

  it('misses when one byte of the input changes, and gives the new data', async () => {
    const file = surveyFile();
    const dir = fresh('cache');
    await loadDatasetCached({ files: [file], cache: true, cacheDir: dir });
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('KG-C', 'KG-Y')); // one byte
    const r = await loadDatasetCached({ files: [file], cache: true, cacheDir: dir });
    expect(entries(dir)).toHaveLength(2);
    expect(plain(r)).toEqual(plain(await loadDataset({ files: [file] })));
  });

  it('misses when the tool version, the code fingerprint or an option changes', async () => {
    const file = surveyFile();
    const dir = fresh('cache');
    const base = { files: [file], cache: true, cacheDir: dir, fingerprint: 'f1', version: '1.0.0' };
    await loadDatasetCached(base);
    await loadDatasetCached(base);
    expect(entries(dir)).toHaveLength(1);
    await loadDatasetCached({ ...base, version: '1.0.1' });
    expect(entries(dir)).toHaveLength(2);
    await loadDatasetCached({ ...base, fingerprint: 'f2' });
    expect(entries(dir)).toHaveLength(3);
    await loadDatasetCached({ ...base, maxIssues: 1 });
    await loadDatasetCached({ ...base, kind: 'survey' });
    await loadDatasetCached({ ...base, encoding: 'utf-8' });
    expect(entries(dir)).toHaveLength(6);
    const capped = await loadDatasetCached({ ...base, maxIssues: 1 });
    expect(capped.issues.length).toBeLessThanOrEqual(1);
  });

  it('recomputes and overwrites a damaged entry', async () => {
    const file = surveyFile();
    const dir = fresh('cache');
    const direct = plain(await loadDataset({ files: [file] }));
    await loadDatasetCached({ files: [file], cache: true, cacheDir: dir });
    const [name] = entries(dir);
    const path = join(dir, name!);
    const good = readFileSync(path);
    for (const damage of [good.subarray(0, good.length - 10), Buffer.concat([good.subarray(0, 200), Buffer.from('x'), good.subarray(201)]), Buffer.from('not a cache entry')]) {
      writeFileSync(path, damage);
      const notes: string[] = [];
      const r = await loadDatasetCached({ files: [file], cache: true, cacheDir: dir, note: (m) => notes.push(m) });
      expect(plain(r)).toEqual(direct);
      expect(notes.some((m) => m.includes('damaged'))).toBe(true);
      expect(readFileSync(path).equals(good)).toBe(true); // rewritten whole
    }
  });

  it('writes nothing with cache: false or without a directory', async () => {
    const file = surveyFile();
    const dir = fresh('cache');
    const r = await loadDatasetCached({ files: [file], cache: false, cacheDir: dir });
    expect(existsSync(dir)).toBe(false);
    expect(plain(r)).toEqual(plain(await loadDataset({ files: [file] })));
    await loadDatasetCached({ files: [file], cache: true });
    expect(existsSync(dir)).toBe(false);
  });

  it('works on with a cache directory it cannot create or write', async () => {
    const file = surveyFile();
    const blocker = fresh('a-file');
    writeFileSync(blocker, 'x');
    const notes: string[] = [];
    const r = await loadDatasetCached({ files: [file], cache: true, cacheDir: join(blocker, 'cache'), note: (m) => notes.push(m) });
    expect(plain(r)).toEqual(plain(await loadDataset({ files: [file] })));
    expect(notes.some((m) => m.startsWith('cannot write'))).toBe(true);
    const again = await loadDatasetCached({ files: [file], cache: true, cacheDir: blocker, note: (m) => notes.push(m) }); // the "directory" is a file
    expect(plain(again)).toEqual(plain(r));
    expect(notes.some((m) => m.startsWith('cannot read'))).toBe(true);
  });

  it('lets input errors through as loadDataset raises them', async () => {
    const dir = fresh('cache');
    await expect(loadDatasetCached({ files: [fresh('missing.csv')], cache: true, cacheDir: dir })).rejects.toThrow();
    const bad = fresh('other.csv');
    writeFileSync(bad, 'a,b\n1,2\n');
    await expect(loadDatasetCached({ files: [bad], cache: true, cacheDir: dir })).rejects.toMatchObject({ exitCode: 2 });
    expect(entries(dir)).toHaveLength(0);
  });

  it('keeps personal data out of the cache', async () => {
    const file = surveyFile({}, { header: 'respondent_name', value: (i) => `Zhyldyz Personalova ${i}` });
    const dir = fresh('cache');
    const r = await loadDatasetCached({ files: [file], cache: true, cacheDir: dir });
    expect(r.dataset.table.columnNames()).not.toContain('respondent_name');
    const bytes = readFileSync(join(dir, entries(dir)[0]!));
    expect(bytes.includes('Personalova')).toBe(false);
    const hit = await loadDatasetCached({ files: [file], cache: true, cacheDir: dir });
    expect(hit.dataset.table.columnNames()).not.toContain('respondent_name');
  });

  it('keeps the newest entries within the bound', async () => {
    const file = surveyFile();
    const dir = fresh('cache');
    const bounds = { maxEntries: 2, maxBytes: 1 << 30 };
    for (const fp of ['a', 'b', 'c']) await loadDatasetCached({ files: [file], cache: true, cacheDir: dir, bounds, fingerprint: fp });
    expect(entries(dir)).toHaveLength(2);
    const notes: string[] = [];
    await loadDatasetCached({ files: [file], cache: true, cacheDir: dir, bounds, fingerprint: 'c', note: (m) => notes.push(m) });
    expect(notes.some((m) => m.startsWith('cache hit'))).toBe(true);
    await loadDatasetCached({ files: [file], cache: true, cacheDir: dir, bounds: { maxEntries: 8, maxBytes: 1 }, fingerprint: 'd' });
    expect(entries(dir)).toHaveLength(1); // only the entry just written survives a tiny byte bound
  });

  it('survives two loads writing the same key at once', async () => {
    const file = surveyFile();
    const dir = fresh('cache');
    const [a, b] = await Promise.all([
      loadDatasetCached({ files: [file], cache: true, cacheDir: dir }),
      loadDatasetCached({ files: [file], cache: true, cacheDir: dir }),
    ]);
    expect(plain(a)).toEqual(plain(b));
    expect(readdirSync(dir)).toEqual(entries(dir)); // no temporary file left
    expect(entries(dir)).toHaveLength(1);
    const notes: string[] = [];
    const c = await loadDatasetCached({ files: [file], cache: true, cacheDir: dir, note: (m) => notes.push(m) });
    expect(notes.some((m) => m.startsWith('cache hit'))).toBe(true);
    expect(plain(c)).toEqual(plain(a));
  });
});
