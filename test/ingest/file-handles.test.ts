/**
 * Every input file opened is closed, however its reading ends: read whole, left early (a `for
 * await` broken out of or thrown from), left unread after its header, or ended by an error. A
 * handle left to the garbage collector is Node's DEP0137 warning ("Closing file descriptor N on
 * garbage collection"), and until then an open descriptor. Counted here as the descriptors of this
 * process that point at the test file (/proc/self/fd, Linux; skipped elsewhere, and said so).
 */
import { existsSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { openCsv } from '../../src/ingest/read-csv.js';
import { openInput } from '../../src/ingest/open-input.js';
import { checkExport } from '../../src/mapping/check-export.js';
import { loadRawDataset } from '../../src/query/raw-dataset.js';
import { loadProjected, openProjected } from '../../src/query/projected-load.js';
import { runQuery } from '../../src/query/run-query.js';
import { parseQueryOptions } from '../../src/query/spec.js';
import { INSTRUMENTS } from '../../src/schema/instruments.js';
import { EMPTY_MAPPING } from '../../src/schema/mapping.js';
import { tempDir } from './helpers.js';

const FD_DIR = '/proc/self/fd';
const canCount = existsSync(FD_DIR);
if (!canCount) console.warn(`file-handles.test.ts: skipped, ${FD_DIR} is absent (not Linux)`);

const t = tempDir();

/** Descriptors of this process open on `path`. */
function openOn(path: string): number {
  const real = realpathSync(path);
  let n = 0;
  for (const fd of readdirSync(FD_DIR)) {
    try {
      if (readlinkSync(`${FD_DIR}/${fd}`) === real) n++;
    } catch {
      // closed while listed
    }
  }
  return n;
}

/** A survey export of `rows` rows, several MiB: read in many chunks, so that reading can stop half-way. */
function survey(rows: number): string {
  const header = INSTRUMENTS.survey.columns.filter((c) => c.type !== 'multi').map((c) => c.name);
  const line = header.map((h) => (h === 'response_id' ? '' : 'x'.repeat(40))).join(',');
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i++) lines.push(`R${i}${line}`);
  return lines.join('\n') + '\n';
}

const BIG = survey(3_000);

describe.skipIf(!canCount)('input files are closed however reading ends', () => {
  it('read whole (the reference case)', async () => {
    const f = t.file('whole.csv', BIG);
    const csv = await openCsv(f);
    expect(openOn(f)).toBe(1);
    for await (const row of csv.rows) void row;
    expect(openOn(f)).toBe(0);
  });

  it('a for await over rows or batches broken out of, or thrown from', async () => {
    const f = t.file('early.csv', BIG);
    const a = await openCsv(f);
    for await (const row of a.rows) if (row.line > 3) break;
    expect(openOn(f)).toBe(0);
    const b = await openCsv(f);
    for await (const batch of b.batches) if (batch.length > 0) break;
    expect(openOn(f)).toBe(0);
    const c = await openCsv(f);
    await expect(
      (async () => {
        for await (const row of c.rows) if (row.line > 3) throw new Error('stop');
      })(),
    ).rejects.toThrow('stop');
    expect(openOn(f)).toBe(0);
  });

  it('left unread after the header: closed by its source', async () => {
    const f = t.file('header.csv', BIG);
    const csv = await openInput(f);
    expect(csv.header[0]).toBe('response_id');
    await ('source' in csv ? csv.source?.close() : undefined);
    expect(openOn(f)).toBe(0);
  });

  it('a query, a raw load and a mapping check that fail after opening the file', async () => {
    const f = t.file('fail.csv', BIG);
    // an export of no instrument: the projected open and a query refuse it after reading its header
    const odd = t.file('odd.csv', `a,b\n${'1,2\n'.repeat(600_000)}`);
    await expect(openProjected({ file: odd })).rejects.toBeInstanceOf(UsageError);
    expect(openOn(odd)).toBe(0);
    await expect(runQuery(parseQueryOptions(odd, { by: 'sex' }), { cache: false, full: true })).rejects.toBeInstanceOf(UsageError);
    expect(openOn(odd)).toBe(0);
    // a query validating every column (`full`) detects the kind on one handle and reads the file through another
    await runQuery(parseQueryOptions(f, { by: 'survey_round' }), { cache: false, full: true }).catch(() => undefined);
    expect(openOn(f)).toBe(0);
    // a load whose validation throws half-way (the sink fails): the file is closed all the same
    const opened = await openProjected({ file: f });
    const failing = { ...opened, inst: { ...opened.inst, rules: [{ id: 'no.such-rule', columns: [] }] } } as unknown as typeof opened;
    await expect(loadProjected(failing, ['survey_round'])).rejects.toThrow('no.such-rule');
    expect(openOn(f)).toBe(0);
    const raw = await openInput(f);
    const rows = raw.rows[Symbol.asyncIterator]();
    await rows.next();
    await rows.return?.(undefined);
    expect(openOn(f)).toBe(0);
    await loadRawDataset(f);
    expect(openOn(f)).toBe(0);
    await expect(checkExport(f, {}, { ...INSTRUMENTS.survey, rules: [{ id: 'no.such-rule', columns: [] }] } as never, EMPTY_MAPPING)).rejects.toThrow('no.such-rule');
    expect(openOn(f)).toBe(0);
  });
});
