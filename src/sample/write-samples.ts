/**
 * `bulletin sample` as a library call: writes the requested synthetic files into a directory,
 * each atomically and streamed. Returns what was written, for the command to report.
 */
import { join } from 'node:path';
import { assistanceLines } from './assistance-generator.js';
import { invalidSurveyLines } from './invalid-survey.js';
import { DEFAULT_SURVEY_ROWS, surveyLines } from './survey-generator.js';
import { writeLinesAtomic } from './write-atomic.js';

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
}

export interface SampleFile {
  kind: 'survey' | 'assistance' | 'survey-invalid';
  /** File name inside the output directory. */
  name: string;
  /** Data rows (header excluded). */
  rows: number;
  bytes: number;
}

export const SAMPLE_FILE_NAMES = {
  survey: 'survey.csv',
  assistance: 'assistance.csv',
  'survey-invalid': 'survey-invalid.csv',
} as const;

export async function writeSamples(req: SampleRequest): Promise<SampleFile[]> {
  const out: SampleFile[] = [];
  const write = async (kind: SampleFile['kind'], lines: Iterable<string>) => {
    const name = SAMPLE_FILE_NAMES[kind];
    const w = await writeLinesAtomic(join(req.outDir, name), lines);
    out.push({ kind, name, rows: w.lines - 1, bytes: w.bytes });
  };
  if (req.kind === 'survey' || req.kind === 'all') {
    await write('survey', surveyLines({ rows: req.rows ?? DEFAULT_SURVEY_ROWS, seed: req.seed, weighted: req.weighted }));
  }
  if (req.kind === 'assistance' || req.kind === 'all') {
    const rows = req.rows === undefined ? undefined : req.kind === 'all' ? Math.max(1, Math.round(req.rows / 2)) : req.rows;
    await write('assistance', assistanceLines({ rows, seed: req.seed }));
  }
  if (req.kind === 'invalid') await write('survey-invalid', invalidSurveyLines());
  return out;
}
