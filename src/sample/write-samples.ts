/**
 * `bulletin sample` as a library call: writes the requested synthetic files into a directory,
 * each atomically and streamed (fs/atomic-write.ts). Returns what was written, for the command to
 * report.
 *
 * Never over a file it did not write: the directory keeps `.bulletin-sample.json`, the sha256 of
 * every file `sample` wrote there; an existing file of the same name is replaced only when it is
 * still exactly what `sample` wrote (or with `force`). A real `survey.csv` is never overwritten
 * by mistake. Checked for every file before anything is written.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { sha256OfFile } from '../fs/hash.js';
import { checkOutputFile } from '../fs/output-guard.js';
import { assistanceLines } from './assistance-generator.js';
import { invalidSurveyLines } from './invalid-survey.js';
import { DEFAULT_SURVEY_ROWS, surveyLines } from './survey-generator.js';

export type SampleKind = 'survey' | 'assistance' | 'all' | 'invalid';

export interface SampleRequest {
  kind: SampleKind;
  /** Survey rows (default 4,000). Assistance: this many with --kind assistance, half with all;
   * when undefined, the assistance sample reproduces the seed bulletin exactly. */
  rows?: number;
  seed: number;
  /** Directory to write into (absolute, or relative to the process's working directory). */
  outDir: string;
  /** Add a `weight` column to the survey. */
  weighted: boolean;
  /** Replace files of the same names even though `sample` did not write them. */
  force?: boolean;
}

export interface SampleFile {
  kind: 'survey' | 'assistance' | 'survey-invalid';
  /** File name inside the output directory. */
  name: string;
  /** Data rows (header excluded). */
  rows: number;
  bytes: number;
}

const SAMPLE_FILE_NAMES = {
  survey: 'survey.csv',
  assistance: 'assistance.csv',
  'survey-invalid': 'survey-invalid.csv',
} as const;

/** The record of what `sample` wrote in a directory (name → sha256). */
const SAMPLE_RECORD = '.bulletin-sample.json';

async function readRecord(dir: string): Promise<Record<string, string>> {
  try {
    const doc = JSON.parse(await readFile(join(dir, SAMPLE_RECORD), 'utf8')) as { files?: Record<string, unknown> };
    const out = Object.create(null) as Record<string, string>;
    for (const [k, v] of Object.entries(doc.files ?? {})) if (typeof v === 'string') out[k] = v;
    return out;
  } catch {
    return Object.create(null) as Record<string, string>;
  }
}

/** Lines as chunks (each with its line end), counting them and hashing the bytes. */
function* counted(lines: Iterable<string>, tally: { lines: number; hash: ReturnType<typeof createHash> }): Generator<string> {
  for (const line of lines) {
    tally.lines++;
    const chunk = `${line}\n`;
    tally.hash.update(chunk, 'utf8');
    yield chunk;
  }
}

export async function writeSamples(req: SampleRequest): Promise<SampleFile[]> {
  const todo: Array<{ kind: SampleFile['kind']; lines: () => Iterable<string> }> = [];
  if (req.kind === 'survey' || req.kind === 'all') {
    todo.push({ kind: 'survey', lines: () => surveyLines({ rows: req.rows ?? DEFAULT_SURVEY_ROWS, seed: req.seed, weighted: req.weighted }) });
  }
  if (req.kind === 'assistance' || req.kind === 'all') {
    const rows = req.rows === undefined ? undefined : req.kind === 'all' ? Math.max(1, Math.round(req.rows / 2)) : req.rows;
    todo.push({ kind: 'assistance', lines: () => assistanceLines({ rows, seed: req.seed }) });
  }
  if (req.kind === 'invalid') todo.push({ kind: 'survey-invalid', lines: () => invalidSurveyLines() });

  const record = await readRecord(req.outDir);
  for (const t of todo) {
    const name = SAMPLE_FILE_NAMES[t.kind];
    await checkOutputFile(join(req.outDir, name), {
      flag: '--out',
      inputs: [],
      force: req.force === true,
      ownOutput: async (path) => record[name] !== undefined && (await sha256OfFile(path)) === record[name],
    });
  }
  const out: SampleFile[] = [];
  for (const t of todo) {
    const name = SAMPLE_FILE_NAMES[t.kind];
    const tally = { lines: 0, hash: createHash('sha256') };
    const bytes = await writeFileAtomic(join(req.outDir, name), counted(t.lines(), tally));
    record[name] = tally.hash.digest('hex');
    await writeFileAtomic(join(req.outDir, SAMPLE_RECORD), `${JSON.stringify({ tool: 'bulletin sample', files: record }, null, 2)}\n`);
    out.push({ kind: t.kind, name, rows: tally.lines - 1, bytes });
  }
  return out;
}
