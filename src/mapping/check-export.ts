/**
 * `bulletin mapping --export FILE`: checks a proposed mapping against a real export of the form.
 * The export is validated exactly as `validate --mapping` would (validate/validate-file.ts), and
 * the codes seen in the data that the mapping does not cover are counted per column: values of a
 * choice question that are neither a code of the instrument nor recoded, and split columns of a
 * select_multiple question whose option is not mapped.
 */
import { checkMappingTargets } from '../ingest/column-plan.js';
import { openInput } from '../ingest/open-input.js';
import { withInput } from '../ingest/with-input.js';
import { stripGroupPrefix } from '../ingest/kobo.js';
import type { Instrument } from '../schema/instruments.js';
import type { Mapping } from '../schema/mapping.js';
import { buildCodeIndex } from '../validate/code-index.js';
import { ColumnStore } from '../validate/column-store.js';
import { IssueSink } from '../validate/issue-sink.js';
import { datasetLayout } from '../validate/layout.js';
import { validateCsv } from '../validate/validate-file.js';

interface Uncovered {
  /** Canonical column, or the export's header for an unmapped split column. */
  column: string;
  value: string;
  rows: number;
}

export interface ExportCheck {
  file: string;
  rows: number;
  accepted: number;
  rejected: number;
  errors: number;
  warnings: number;
  uncovered: Uncovered[];
  /** Required columns of the instrument missing from the export under this mapping. */
  missingRequired: string[];
}

/** Issues kept to find the values not covered; beyond it they are only counted. */
const KEEP = 200_000;

export async function checkExport(path: string, opts: { sheet?: string }, inst: Instrument, mapping: Mapping): Promise<ExportCheck> {
  checkMappingTargets(inst, mapping, '(proposed mapping)');
  const sink = new IssueSink(KEEP);
  const store = new ColumnStore(datasetLayout(inst), false);
  const { file, counts } = await withInput(openInput(path, opts.sheet !== undefined ? { sheet: opts.sheet } : {}), async (csv) => ({
    file: csv.path,
    counts: await validateCsv(csv, inst, mapping, sink, store),
  }));
  const seen = new Map<string, Uncovered>();
  const add = (column: string, value: string) => {
    const k = `${column}\u0000${value}`;
    const u = seen.get(k);
    if (u) u.rows++;
    else seen.set(k, { column, value, rows: 1 });
  };
  const multiQuestions = new Set<string>();
  for (const [from, to] of Object.entries(mapping.columns)) if (inst.byName.get(to)?.type === 'multi') multiQuestions.add(from);
  const missingRequired: string[] = [];
  for (const issue of sink.issues) {
    const col = issue.column === null ? undefined : inst.byName.get(issue.column);
    if (issue.rule === 'column.missing' && issue.column !== null) missingRequired.push(issue.column);
    else if (issue.rule === 'column.unknown' && issue.column !== null) {
      const h = issue.column;
      const parent = stripGroupPrefix(h.slice(0, Math.max(h.lastIndexOf('/'), 0)));
      if (multiQuestions.has(parent) || inst.byName.get(parent)?.type === 'multi') add(h, '(option column)');
    } else if (col && issue.rule === `${col.name}.code` && issue.value !== null) {
      if (col.type !== 'multi') add(col.name, issue.value);
      else {
        const index = buildCodeIndex(col.codes ?? [], { values: mapping.values[col.name] ?? {} });
        for (const t of issue.value.split(/\s+/)) if (t !== '' && index.get(t) === undefined) add(col.name, t);
      }
    }
  }
  const uncovered = [...seen.values()].sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : b.rows - a.rows));
  return { file, rows: counts.rows, accepted: counts.accepted, rejected: counts.rejected, errors: counts.errors, warnings: counts.warnings, uncovered, missingRequired };
}
