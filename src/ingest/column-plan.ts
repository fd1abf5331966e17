/**
 * Where each canonical column of an instrument comes from in a file: the cell index of its
 * column (after the mapping file, Kobo group prefixes, case and label headers), a constant of the
 * mapping file, or nowhere. Multi questions get their parent column and their split columns
 * (`q/opt`, `q.opt`). Personal-data columns, Kobo metadata and unknown columns are set aside.
 */
import { UsageError } from '../errors.js';
import type { Instrument } from '../schema/instruments.js';
import type { Mapping } from '../schema/mapping.js';
import { isPersonalColumn } from '../schema/personal-data.js';
import { msg } from '../messages/index.js';
import { normaliseLabel } from './label-key.js';
import { cleanHeader } from './header-text.js';
import { isKoboMetadata, recogniseSplitColumns } from './kobo.js';

/** A cell index in the row, or a constant value (string) from the mapping file. */
export type CellSource = number | string;

export interface ColumnPlan {
  /** Canonical column → source (absent when the file has no such column). */
  sources: Map<string, CellSource>;
  /** Multi question → option code → source of its split column. */
  splits: Map<string, Map<string, CellSource>>;
  /** Header position → canonical name (`q/opt` for split columns), for columns used. */
  used: Map<number, string>;
  unknown: Array<{ index: number; header: string }>;
  personal: Array<{ index: number; header: string }>;
  duplicate: Array<{ index: number; header: string; canonical: string }>;
  metadata: number[];
  /** Number of header cells, trailing unnamed columns removed. */
  width: number;
}

function nameKey(s: string): string {
  const l = s.trim().toLowerCase();
  return /[\s-]/.test(l) ? l.replace(/[\s-]+/g, '_') : l;
}

interface Resolver {
  /** Canonical name (`col` or `q/opt`) for a candidate header, or undefined. */
  resolve(candidate: string): string | undefined;
}

function resolver(inst: Instrument, mapping: Mapping): Resolver {
  const byLabel = new Map<string, string>();
  for (const c of inst.columns) {
    for (const l of [c.label.en, c.label.ru]) {
      const k = normaliseLabel(l);
      if (!byLabel.has(k)) byLabel.set(k, c.name);
    }
  }
  const mapped = new Map(Object.entries(mapping.columns).map(([k, v]) => [k.trim(), v]));
  const mappedLoose = new Map(Object.entries(mapping.columns).map(([k, v]) => [nameKey(k), v]));
  return {
    resolve(candidate: string): string | undefined {
      const key = nameKey(candidate);
      const m = mapped.get(candidate) ?? mappedLoose.get(key);
      if (m) return m;
      if (inst.byName.has(key)) return key;
      const sep = Math.max(key.lastIndexOf('/'), key.lastIndexOf('.'));
      if (sep > 0 && inst.byName.get(key.slice(0, sep))?.type === 'multi') {
        const opt = key.slice(sep + 1);
        if (opt !== '' && !/[/.]/.test(key.slice(0, sep))) return `${key.slice(0, sep)}/${opt}`;
      }
      return byLabel.size > 0 && /[^\x21-\x7e]/.test(candidate) ? byLabel.get(normaliseLabel(candidate)) : byLabel.get(key.replace(/_/g, ' '));
    },
  };
}

/** Checks that the targets of a mapping file are columns of the instrument. */
export function checkMappingTargets(inst: Instrument, mapping: Mapping, path: string): void {
  const bad = (where: string, name: string): never => {
    throw new UsageError('mapping.target', `mapping file ${path}: ${where}: "${name}" is not a column of the ${inst.kind} instrument`, {
      path,
    });
  };
  const known = (name: string): boolean => {
    const [q, opt] = name.split('/');
    const col = inst.byName.get(q ?? '');
    if (!col) return false;
    if (opt === undefined) return true;
    return col.type === 'multi' && (col.codes ?? []).some((c) => c.code === opt);
  };
  for (const [from, to] of Object.entries(mapping.columns)) {
    if (isPersonalColumn(from) || isPersonalColumn(to)) {
      throw new UsageError('mapping.personal', msg.validate.mappingPersonal(path, from, isPersonalColumn(from) ? from : to), { path });
    }
    if (!known(to)) bad(`columns.${from}`, to);
  }
  for (const col of Object.keys(mapping.values)) if (!known(col)) bad(`values`, col);
  for (const col of Object.keys(mapping.constants)) if (!known(col)) bad(`constants`, col);
  for (const [col, values] of Object.entries(mapping.values)) {
    const spec = inst.byName.get(col);
    const codes = spec?.codes?.map((c) => c.code);
    if (!codes || spec?.type === 'yesno') continue;
    for (const [from, to] of Object.entries(values)) {
      if (!codes.includes(to) && !(spec?.nonResponse && (to === 'dnk' || to === 'pnta'))) {
        throw new UsageError('mapping.value', `mapping file ${path}: values.${col}.${from}: "${to}" is not a code of ${col} (${codes.join(', ')})`, { path });
      }
    }
  }
}

/**
 * The plan of a header for an instrument. With `classify` false (kind detection), columns that are
 * not the instrument's are not sorted into personal, metadata and unknown.
 */
export function planColumns(header: readonly string[], inst: Instrument, mapping: Mapping, classify = true): ColumnPlan {
  const r = resolver(inst, mapping);
  const plan: ColumnPlan = {
    sources: new Map(),
    splits: new Map(),
    used: new Map(),
    unknown: [],
    personal: [],
    duplicate: [],
    metadata: [],
    width: header.length,
  };
  while (plan.width > 0 && (header[plan.width - 1] ?? '').trim() === '') plan.width--;
  const cleaned = header.slice(0, plan.width).map(cleanHeader);
  // `q/education` next to a column `q` is an option of q, not `education` in a group `q`
  const splits = recogniseSplitColumns(cleaned);

  for (let i = 0; i < plan.width; i++) {
    const raw = header[i] ?? '';
    const h = cleaned[i]!;
    const trimmed = raw.trim();
    // personal data never enters, not even through a mapping file
    if (isPersonalColumn(h)) {
      if (classify) plan.personal.push({ index: i, header: h });
      continue;
    }
    const direct = r.resolve(trimmed) ?? (h !== trimmed ? r.resolve(h) : undefined);
    let canonical = direct;
    if (!canonical && h.includes('/')) {
      const parts = h.split('/');
      const last = splits.has(h) ? parts.length - 1 : parts.length;
      for (let k = 1; k < last && !canonical; k++) canonical = r.resolve(parts.slice(k).join('/'));
    }
    if (!canonical) {
      if (!classify) continue;
      if (isKoboMetadata(h)) plan.metadata.push(i);
      else plan.unknown.push({ index: i, header: h === '' ? `(column ${i + 1})` : h });
      continue;
    }
    const [q, opt] = canonical.split('/') as [string, string | undefined];
    const spec = inst.byName.get(q);
    if (opt !== undefined && !(spec?.codes ?? []).some((c) => c.code === opt)) {
      plan.unknown.push({ index: i, header: h });
      continue;
    }
    const already = opt === undefined ? plan.sources.has(q) : plan.splits.get(q)?.has(opt);
    if (already) {
      plan.duplicate.push({ index: i, header: h, canonical });
      continue;
    }
    if (opt === undefined) plan.sources.set(q, i);
    else {
      let m = plan.splits.get(q);
      if (!m) plan.splits.set(q, (m = new Map()));
      m.set(opt, i);
    }
    plan.used.set(i, canonical);
  }
  for (const [name, value] of Object.entries(mapping.constants)) {
    const [q, opt] = name.split('/') as [string, string | undefined];
    if (opt === undefined) plan.sources.set(q, value);
    else {
      let m = plan.splits.get(q);
      if (!m) plan.splits.set(q, (m = new Map()));
      m.set(opt, value);
    }
  }
  return plan;
}
