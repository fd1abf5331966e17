/**
 * Two survey rounds for the comparison tests, made by `bulletin sample` (seeds 21 and 22, 1,500
 * rows) and then one deliberate move: in round 2, two of every three Kyrgyz respondents who answered
 * "no" to "lost job because of COVID-19" answer "yes" (a large, significant change), while every other
 * share differs only by sampling noise. `weighted` adds the sample's weight column to both.
 * scripts/reference/changes.py recomputes the expected differences from these same files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { writeSamples } from '../../src/sample/write-samples.js';

export async function makeRounds(dir: string, weighted: boolean): Promise<{ r1: string; r2: string }> {
  const r1 = join(dir, weighted ? 'w1' : 'r1');
  const r2 = join(dir, weighted ? 'w2' : 'r2');
  await writeSamples({ kind: 'survey', rows: 1500, seed: 21, outDir: r1, weighted });
  await writeSamples({ kind: 'survey', rows: 1500, seed: 22, outDir: r2, weighted });
  const file = join(r2, 'survey.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  let k = 0;
  for (const row of parsed.data) {
    if (row.country === 'KGZ' && row.lost_job_covid === 'no' && k++ % 3 !== 0) row.lost_job_covid = 'yes';
  }
  writeFileSync(file, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' })}\n`);
  return { r1: join(r1, 'survey.csv'), r2: file };
}
