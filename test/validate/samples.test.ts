// The bundled samples (data-samples/, written by `bulletin sample`) validate cleanly.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/validate/load.js';
import { rowSchema } from '../helpers/row-schema.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = new URL('../../data-samples/', import.meta.url).pathname;

describe.each(['survey', 'assistance'] as const)('data-samples/%s.csv', (kind) => {
  const path = `${DIR}${kind}.csv`;
  it('validates with exit 0: no row rejected, no error', async () => {
    const r = await runCli(['validate', path, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { kind: string; summary: { rows: number; accepted: number; rejected: number; errors: number; excluded: number } };
    expect(doc.kind).toBe(kind);
    expect(doc.summary.rejected).toBe(0);
    expect(doc.summary.errors).toBe(0);
    expect(doc.summary.accepted + doc.summary.excluded).toBe(doc.summary.rows);
  });

  it('loads into a Dataset whose every row fits the row schema', async () => {
    const { dataset } = await loadDataset({ files: [path] });
    const schema = rowSchema(kind);
    const bad = (dataset.table.objects() as object[]).map((row) => schema.safeParse(row)).filter((p) => !p.success);
    expect(bad.slice(0, 1).map((p) => p.error?.issues)).toEqual([]);
  });
});
