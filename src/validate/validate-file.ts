/**
 * Validates one CSV stream against an instrument, row by row with checkers compiled per column:
 * reports every issue to the sink (never throws for bad data) and appends accepted rows to the
 * column store. A row with any error is rejected; a row with consent = no is excluded and counted.
 *
 * With `only` (a query's projection, query/projection.ts), only those canonical columns are checked
 * and kept: a row is rejected for an error in one of them (or a broken row), not for errors
 * elsewhere; cross-field rules and the duplicate-id check apply when every column they involve is
 * read (`*multi*`: any multi question read).
 */
import { planColumns, type CellSource, type ColumnPlan } from '../ingest/column-plan.js';
import type { CsvStream } from '../ingest/read-csv.js';
import { msg } from '../messages/index.js';
import type { Instrument, Column } from '../schema/instruments.js';
import type { Mapping } from '../schema/mapping.js';
import { BAD, compileChecker, type Checker } from './checkers.js';
import type { ColumnStore } from './column-store.js';
import type { Layout } from './layout.js';
import { compileCrossRules } from './cross-rules.js';
import { detach } from './detach.js';
import type { IssueInput, IssueSink } from './issue-sink.js';
import type { SourceCounts } from '../model/dataset.js';
import { missingTest } from './missing.js';
import { compileMulti, maskToCodes, parseSplit, type MultiSpec } from './multi.js';
import { ambiguousReadings, isExcelMangledId } from './number.js';
import { compileTextScreen, type TextScreen } from './text-screen.js';
import { RULES, type Rule } from './rules.js';

export interface FileCounts extends SourceCounts {
  /** Multi questions found in the file (parent or split columns). */
  multis: string[];
}

interface Single {
  checker: Checker;
  source: CellSource;
  slot: number;
  required: boolean;
  def: string | undefined;
  /** Free text that may be published: its form and personal data (text-screen.ts). */
  screen: TextScreen | undefined;
  /** A number column: a separator that could be either is a warning. */
  numeric: boolean;
}

interface Multi {
  spec: MultiSpec;
  slot: number;
  optionSlots: number[];
  required: boolean;
}

interface Admin1 {
  name: string;
  slot: number;
  rawSlot: number;
  countrySlot: number | undefined;
  /** Country → text as found → match (bounded). */
  cache: Map<string, Map<string, { code: string; raw: string; suggestions: string[] }>>;
  cached: number;
}


/**
 * The ids seen so far, shared by every file of one load so that `row.duplicate-id` applies across
 * files: id → file index × 2³² + line.
 */
export interface SeenIds {
  seen: Map<string, number>;
  files: string[];
}

export function newSeenIds(): SeenIds {
  return { seen: new Map(), files: [] };
}

const LINE_SPAN = 2 ** 32;

export function admin1Country(inst: Instrument, col: Column): string {
  return col.name === 'origin_admin1' ? 'citizenship' : inst.countryColumn;
}

/** Column-level issues of a header plan. Returns true when a required column is missing. */
function reportColumns(plan: ColumnPlan, inst: Instrument, csv: CsvStream, sink: IssueSink, reads: (name: string) => boolean): boolean {
  const file = csv.path;
  const line = csv.headerLine;
  const warn = (rule: Rule, column: string | null, message: () => string, l: number | null = line) =>
    sink.add({ rule, file, line: l, column, value: column, message });
  if (csv.hxl) warn(RULES.headerHxl, null, () => msg.validate.hxlRow(), csv.hxlLine);
  for (const p of plan.personal) warn(RULES.columnPersonal, p.header, () => msg.validate.columnPersonal(p.header));
  for (const u of plan.unknown) warn(RULES.columnUnknown, u.header, () => msg.validate.columnUnknown(u.header, inst.kind));
  for (const d of plan.duplicate) warn(RULES.columnDuplicate, d.header, () => msg.validate.columnDuplicate(d.header, d.canonical));
  let missing = false;
  for (const c of inst.columns) {
    if (!c.required || plan.sources.has(c.name) || plan.splits.has(c.name) || !reads(c.name)) continue;
    missing = true;
    sink.add({ rule: RULES.columnMissing, file, line, column: c.name, value: null, expected: `a column ${c.name}`, message: () => msg.validate.columnMissing(c.name, inst.kind) });
  }
  return missing;
}

/** Where accepted rows go: a ColumnStore, or a query's projected store. */
export type RowSink = Pick<ColumnStore, 'push'> & { readonly layout: Layout };

export async function validateCsv(
  csv: CsvStream,
  inst: Instrument,
  mapping: Mapping,
  sink: IssueSink,
  store: RowSink,
  only?: ReadonlySet<string>,
  ids: SeenIds = newSeenIds(),
): Promise<FileCounts> {
  const file = csv.path;
  const errors0 = sink.errors;
  const warnings0 = sink.warnings;
  const reads = (name: string) => only === undefined || only.has(name);
  const plan = planColumns(csv.header, inst, mapping);
  // a workbook reads plain numbers in date columns as serial dates
  const xlsx = csv as CsvStream & { dateCells?: (indices: Iterable<number>) => void };
  xlsx.dateCells?.(inst.columns.filter((c) => c.type === 'date').map((c) => plan.sources.get(c.name)).filter((s): s is number => typeof s === 'number'));
  const missingRequired = reportColumns(plan, inst, csv, sink, reads);
  const { slot } = store.layout;
  const isMissing = missingTest(mapping.missing);

  const singles: Single[] = [];
  const multis: Multi[] = [];
  const admin1s: Admin1[] = [];
  for (const c of inst.columns) {
    if (!reads(c.name)) continue;
    if (c.type === 'multi') {
      const parent = plan.sources.get(c.name);
      const splits = plan.splits.get(c.name);
      if (parent === undefined && splits === undefined) continue;
      const spec = compileMulti(c, parent, splits, mapping.values[c.name]);
      multis.push({ spec, slot: slot.get(c.name)!, optionSlots: spec.codes.map((o) => slot.get(`${c.name}/${o}`)!), required: c.required });
      continue;
    }
    const source = plan.sources.get(c.name);
    if (source === undefined) continue;
    singles.push({ checker: compileChecker(c, mapping.values[c.name]), source, slot: slot.get(c.name)!, required: c.required, def: c.default, screen: compileTextScreen(c), numeric: c.type === 'number' || c.type === 'integer' });
    if (c.type === 'admin1') {
      admin1s.push({ name: c.name, slot: slot.get(c.name)!, rawSlot: slot.get(`${c.name}_raw`)!, countrySlot: slot.get(admin1Country(inst, c)), cache: new Map(), cached: 0 });
    }
  }
  // a query reads these cells only: the reader need not take out the others. Validation reads every
  // cell: projected on all of them, the reader still takes the common lines with its line scanner
  // (records.ts), the same records as papaparse gives, at a fraction of the time
  if (only !== undefined) {
    const read = [...singles.map((s) => s.source), ...multis.flatMap((m) => [m.spec.parent, ...m.spec.options])];
    csv.project?.(read.filter((s): s is number => typeof s === 'number'));
  } else csv.project?.(csv.header.keys());
  // the place table is loaded only when an admin1 column is read
  const matchAdmin1 = admin1s.length > 0 ? (await import('../schema/places.js')).matchAdmin1 : () => ({ match: null, candidates: [] });
  const defaults = inst.columns.filter((c) => c.default !== undefined && !plan.sources.has(c.name) && reads(c.name));
  const defaultSlots = defaults.map((d) => slot.get(d.name)!);
  const anyMulti = inst.columns.some((c) => c.type === 'multi' && reads(c.name));
  const rules = compileCrossRules(inst, (name) => slot.get(name) ?? -1).filter((r) => only === undefined || r.rule.columns.every((c) => (c === '*multi*' ? anyMulti : reads(c))));
  const idSlot = reads(inst.idColumn) ? slot.get(inst.idColumn)! : -1;
  const consentSingle = singles.find((s) => s.checker.column.name === 'consent');
  const lineSlot = slot.get('_line')!;

  const out: unknown[] = new Array(store.layout.names.length).fill(null);
  /** Slots whose cell failed its check in the current row: rules on them are not checked. */
  const bad = new Uint8Array(store.layout.names.length);
  // the slots a row may write (the others stay null): reset before each row
  const written = [
    ...new Set([
      ...singles.map((s) => s.slot),
      ...defaults.map((d) => slot.get(d.name)!),
      ...multis.flatMap((m) => [m.slot, ...m.optionSlots]),
      ...admin1s.flatMap((a) => [a.slot, a.rawSlot]),
    ]),
  ];
  const ruleSlots = rules.map((r) => r.rule.columns.map((c) => slot.get(c)).filter((i): i is number => i !== undefined));
  const seenIds = ids.seen;
  const fileIndex = ids.files.push(file) - 1;
  const header = csv.header;
  const width = plan.width;
  const counts: FileCounts = { multis: multis.map((m) => m.spec.column.name), rows: 0, accepted: 0, rejected: 0, excludedNoConsent: 0, errors: 0, warnings: 0 };

  let line = 0;
  let rowErrors = 0;
  const report: Report = (issue) => {
    if (issue.rule.severity === 'error') rowErrors++;
    sink.add({ ...issue, file, line });
  };

  for await (const batch of csv.batches) for (const row of batch) {
    const cells = row.cells;
    line = row.line;
    rowErrors = 0;

    if (cells.length === header.length && cells[0] === header[0] && isHeaderRepeat(cells, header)) {
      report({ rule: RULES.headerRepeated, column: null, value: null, message: () => msg.validate.headerRepeated() });
      continue;
    }
    counts.rows++;
    if (row.problem) {
      const m = row.problem === 'unclosed-quote' ? msg.validate.unclosedQuote : msg.validate.malformedQuote;
      report({ rule: RULES.rowQuote, column: null, value: null, message: m });
      counts.rejected++;
      continue;
    }
    // short of a named column, or longer than the header with something in the extra cells
    // (cells under unnamed trailing header cells are ignored)
    if (cells.length < width || (cells.length > header.length && !restEmpty(cells, header.length))) {
      const expected = width === header.length ? `${width} cells` : `${width} to ${header.length} cells`;
      report({ rule: RULES.rowRagged, column: null, value: null, expected, message: () => msg.validate.ragged(cells.length, header.length) });
      counts.rejected++;
      continue;
    }
    if (consentSingle) {
      const v = cellOf(cells, consentSingle.source).trim();
      if (!isMissing(v) && consentSingle.checker.check(v) === 'no') {
        counts.excludedNoConsent++;
        continue;
      }
    }
    for (let k = 0; k < written.length; k++) {
      out[written[k]!] = null;
      bad[written[k]!] = 0;
    }
    out[lineSlot] = line;

    for (let k = 0; k < singles.length; k++) {
      const s = singles[k]!;
      const raw = cellOf(cells, s.source);
      let cell = raw.trim();
      if (isMissing(cell)) {
        if (s.def === undefined) {
          if (s.required) report({ rule: RULES.required, column: s.checker.column.name, value: raw === '' ? null : raw, message: () => msg.validate.required(s.checker.column.name) });
          continue;
        }
        cell = s.def;
      }
      const v = s.checker.check(cell);
      if (v === BAD) {
        const c = s.checker;
        report({ rule: c.rule, column: c.column.name, value: raw, expected: c.expected, message: () => msg.validate.invalid(c.column.name, raw, c.expected) });
        bad[s.slot] = 1;
        continue;
      }
      if (s.screen && typeof v === 'string') {
        const why = s.screen(v);
        if (why) {
          const name = s.checker.column.name;
          report({
            rule: why.rule === 'pattern' ? RULES.pattern : RULES.personal,
            column: name,
            value: raw,
            expected: why.expected,
            message: () => (why.rule === 'pattern' ? msg.validate.textPattern(name, s.checker.column.pattern ?? '') : msg.validate.textPersonal(name, why.kind)),
          });
          continue; // withheld: read as missing
        }
      }
      out[s.slot] = v;
      if (s.numeric) {
        const both = ambiguousReadings(cell);
        if (both) {
          const name = s.checker.column.name;
          report({
            rule: RULES.ambiguousSeparator,
            column: name,
            value: raw,
            expected: `${both[1]} or ${both[0]} written without doubt`,
            message: () => msg.validate.ambiguousSeparator(name, cell, both[0], both[1], v as number),
          });
        }
      }
    }
    for (let k = 0; k < defaults.length; k++) out[defaultSlots[k]!] = defaults[k]!.default;

    for (let k = 0; k < multis.length; k++) if (multiRow(multis[k]!, cells, out, isMissing, report) > 0) bad[multis[k]!.slot] = 1;

    for (const a of admin1s) {
      const raw = out[a.slot];
      if (typeof raw !== 'string') continue;
      const country = a.countrySlot === undefined ? undefined : ((out[a.countrySlot] as string | null) ?? undefined);
      let byText = a.cache.get(country ?? '');
      if (!byText) a.cache.set(country ?? '', (byText = new Map()));
      let hit = byText.get(raw);
      if (!hit) {
        const m = matchAdmin1(raw, country);
        const kept = detach(raw);
        hit = m.match ? { code: m.match.code, raw: kept, suggestions: [] } : { code: 'unknown', raw: kept, suggestions: m.candidates.map((p) => `${p.name.en} (${p.code})`) };
        if (a.cached++ < 10_000) byText.set(kept, hit);
      }
      out[a.slot] = hit.code;
      out[a.rawSlot] = hit.raw;
      if (hit.code === 'unknown') {
        const sug = hit.suggestions;
        report({
          rule: RULES.unknown,
          column: a.name,
          value: raw,
          expected: sug.length ? `a province, e.g. ${sug.join(', ')}` : `a province of ${country ?? 'the country'}`,
          message: () => msg.validate.admin1Unknown(a.name, raw, sug),
        });
      }
    }

    const id = out[idSlot];
    if (typeof id === 'string') {
      if (isExcelMangledId(id)) report({ rule: RULES.idExcelMangled, column: inst.idColumn, value: id, message: () => msg.validate.excelId(inst.idColumn, id) });
      const first = seenIds.get(id);
      if (first !== undefined) {
        const firstFile = Math.floor(first / LINE_SPAN);
        const firstLine = first % LINE_SPAN;
        report({
          rule: RULES.rowDuplicateId,
          column: inst.idColumn,
          value: id,
          message: () =>
            firstFile === fileIndex ? msg.validate.duplicateId(inst.idColumn, id, firstLine) : msg.validate.duplicateIdIn(inst.idColumn, id, ids.files[firstFile]!, firstLine),
        });
      } else seenIds.set(id, fileIndex * LINE_SPAN + line);
    }

    for (let k = 0; k < rules.length; k++) {
      const r = rules[k]!;
      if (anyBad(ruleSlots[k]!, bad)) continue;
      const v = r.check(out);
      if (v) report({ rule: r.rule, column: v.column, value: v.value, expected: v.expected, message: () => v.message });
    }

    if (rowErrors > 0 || missingRequired) counts.rejected++;
    else {
      counts.accepted++;
      store.push(out);
    }
  }
  counts.errors = sink.errors - errors0;
  counts.warnings = sink.warnings - warnings0;
  return counts;
}

function anyBad(slots: readonly number[], bad: Uint8Array): boolean {
  for (let i = 0; i < slots.length; i++) if (bad[slots[i]!] === 1) return true;
  return false;
}

function cellOf(cells: readonly string[], source: CellSource): string {
  return typeof source === 'number' ? (cells[source] ?? '') : source;
}

function restEmpty(cells: readonly string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

function isHeaderRepeat(cells: readonly string[], header: readonly string[]): boolean {
  for (let i = 0; i < header.length; i++) if (cells[i]!.trim() !== header[i]!.trim()) return false;
  return true;
}

type Report = (issue: Omit<IssueInput, 'file' | 'line'>) => void;

/** Reads and reconciles one multi question of a row into `out`; errors go to `report`. */
function multiRow(m: Multi, cells: readonly string[], out: unknown[], isMissing: (s: string) => boolean, report: Report): number {
  const { spec } = m;
  const name = spec.column.name;
  let errors = 0;
  let parentMask: number | null = null;
  let parentRaw = '';
  if (spec.parent !== undefined) {
    parentRaw = cellOf(cells, spec.parent);
    const cell = parentRaw.trim();
    if (!isMissing(cell)) {
      const p = spec.parseParent(cell);
      if (typeof p === 'string') {
        const expected = `options among ${spec.codes.join(', ')}`;
        report({ rule: RULES.code, column: name, value: parentRaw, expected, message: () => msg.validate.multiToken(name, p, expected) });
        return 1;
      }
      parentMask = p;
    }
  }
  let splitMask = 0;
  let splitAnswered = false;
  if (spec.splitBits !== 0) {
    for (let i = 0; i < spec.options.length; i++) {
      const src = spec.options[i];
      if (src === undefined) continue;
      const raw = cellOf(cells, src);
      const cell = raw.trim();
      if (isMissing(cell)) continue;
      const v = parseSplit(cell);
      if (v === null) {
        const col = `${name}/${spec.codes[i]}`;
        report({ rule: RULES.split, column: col, question: name, value: raw, message: () => msg.validate.invalid(col, raw, '1 or 0') });
        errors++;
        continue;
      }
      splitAnswered = true;
      if (v === 1) splitMask |= 1 << i;
    }
    if (errors > 0) return errors;
  }
  let mask: number | null = parentMask;
  if (spec.parent !== undefined && spec.splitBits !== 0 && splitAnswered) {
    const disagree = parentMask === null ? splitMask !== 0 : (parentMask & spec.splitBits) !== splitMask;
    if (disagree) {
      const splits = maskToCodes(splitMask, spec.codes);
      report({
        rule: RULES.multiMismatch,
        column: name,
        value: parentRaw,
        expected: `the same options as the columns ${name}/…: ${splits || 'none'}`,
        message: () => msg.validate.multiMismatch(name, parentRaw.trim(), splits),
      });
      return 1;
    }
  } else if (spec.parent === undefined) mask = splitAnswered ? splitMask : null;

  if (mask === null) {
    if (m.required) {
      report({ rule: RULES.required, column: name, value: null, expected: 'at least one option', message: () => msg.validate.required(name) });
      return 1;
    }
    return 0;
  }
  out[m.slot] = spec.codesOf(mask);
  for (let i = 0; i < m.optionSlots.length; i++) out[m.optionSlots[i]!] = mask & (1 << i) ? 1 : 0;
  return 0;
}
