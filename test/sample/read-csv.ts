/** Test helper: a CSV file or text as header + row objects, read with papaparse. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

export const SAMPLES_DIR = fileURLToPath(new URL('../../data-samples/', import.meta.url));

export interface Csv {
  header: string[];
  rows: Array<Record<string, string>>;
  /** Raw field arrays, header excluded. */
  raw: string[][];
}

export function parseCsv(text: string): Csv {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const [header = [], ...raw] = parsed.data;
  const rows = raw.map((fields) => Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ''])));
  return { header, rows, raw };
}

export function readSample(name: string): Csv {
  return parseCsv(readFileSync(`${SAMPLES_DIR}${name}`, 'utf8'));
}
