/**
 * `manifest.json` (docs/cli.md): the tool, every input with its hash and row counts, the period, the
 * options, and every output file with its sha256, computed from the bytes written. Paths are
 * relative (to `--out` for outputs, to the working directory or the package for inputs), lists
 * are sorted, so the manifest is byte-identical for the same inputs and options.
 */
import { sha256Hex } from '../fs/hash.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { InstrumentKind } from '../schema/types.js';

type OutputType = 'pdf' | 'chart' | 'table' | 'report';

export interface OutputEntry {
  path: string;
  type: OutputType;
  format?: 'svg' | 'png' | 'vega-lite' | 'csv' | 'json';
  bulletin?: number;
  lang?: string;
  country?: string;
  countries?: string[];
  figure?: string;
  pages?: number;
  sha256: string;
}

export interface InputEntry {
  path: string;
  kind: InstrumentKind;
  sha256: string;
  rows: number;
  accepted: number;
  rejected: number;
}

export interface Manifest {
  tool: { name: string; version: string };
  inputs: InputEntry[];
  period: { from: string; to: string } | null;
  options: Record<string, unknown>;
  skipped: Array<{ bulletin: number; reason: string }>;
  /** The earlier round this build was compared with (`--baseline`). */
  baseline?: BaselineEntry;
  /** The content folder's files (`--content`): path relative to the folder, sha256, size. */
  content?: Array<{ path: string; sha256: string; bytes: number }>;
  /**
   * How remittance amounts were converted to USD (when a bulletin built shows USD amounts): the
   * currencies and months converted at an annual-average rate, and the amounts left out for want
   * of a rate, by currency and month.
   */
  conversion?: {
    annualAverage: Array<{ currency: string; months: string[] }>;
    notConverted: Array<{ currency: string; month: string; amounts: number }>;
    notConvertedAmounts: number;
  };
  /** The publication check (check/): how many findings, per rule (details in validation.json). */
  publicationCheck: { findings: number; byRule: Record<string, number> };
  /** Disclosure control and its audit (sdc-summary.ts); null with --min-cell 0. */
  disclosure?: unknown;
  outputs: OutputEntry[];
}

export interface BaselineEntry {
  /** The directory as given. */
  path: string;
  /** sha256 of the baseline's manifest.json. */
  manifestSha256: string;
  tool: { name: string; version: string };
  period: { from: string; to: string } | null;
  /** Cells published in both rounds and compared; of them, significant changes. */
  compared: number;
  significant: number;
}

export const sha256 = sha256Hex;

export function makeManifest(parts: Omit<Manifest, 'tool'>): Manifest {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    inputs: parts.inputs,
    period: parts.period,
    options: parts.options,
    skipped: parts.skipped,
    ...(parts.baseline ? { baseline: parts.baseline } : {}),
    ...(parts.content ? { content: parts.content } : {}),
    ...(parts.conversion ? { conversion: parts.conversion } : {}),
    publicationCheck: parts.publicationCheck,
    ...(parts.disclosure !== undefined ? { disclosure: parts.disclosure } : {}),
    outputs: [...parts.outputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

export function manifestJson(m: Manifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}
