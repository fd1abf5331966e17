/**
 * What a workbook holds, from its ZIP directory and its small parts: the sheets in workbook order
 * (name, visibility, the part that holds the cells), and whether it carries macros (a VBA project).
 */
import type { FileHandle } from 'node:fs/promises';
import { readZipEntry, type ZipEntry } from './zip-directory.js';

export interface SheetPart {
  name: string;
  hidden: boolean;
  /** The part of the archive, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

export type WorkbookParts =
  | { ok: true; sheets: SheetPart[] }
  | { ok: false; why: 'macros' | 'not-workbook' | 'corrupt' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out.set(m[1]!, xmlText(m[3] ?? m[4] ?? ''));
  return out;
}

/** `worksheets/sheet1.xml` relative to `xl/`, or `/xl/worksheets/sheet1.xml` absolute. */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Sheets of `xl/workbook.xml` with the parts their relationships point to. */
export function sheetsOf(workbookXml: string, relsXml: string): SheetPart[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id !== undefined && target !== undefined) targets.set(id, resolveTarget(target));
  }
  const sheets: SheetPart[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rid = [...a.entries()].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const part = rid !== undefined ? targets.get(rid) : undefined;
    if (part === undefined) continue;
    sheets.push({ name: a.get('name') ?? part, hidden: (a.get('state') ?? 'visible') !== 'visible', part });
  }
  return sheets;
}

export async function workbookParts(fh: FileHandle, entries: readonly ZipEntry[]): Promise<WorkbookParts> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) return { ok: false, why: 'macros' };
  const wb = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  if (!wb) return { ok: false, why: 'not-workbook' };
  const types = byName.get('[Content_Types].xml');
  const dec = new TextDecoder();
  if (types) {
    const t = await readZipEntry(fh, types);
    if (t && /macroEnabled/i.test(dec.decode(t))) return { ok: false, why: 'macros' };
  }
  const wbBytes = await readZipEntry(fh, wb);
  const relBytes = rels ? await readZipEntry(fh, rels) : null;
  if (!wbBytes || !relBytes) return { ok: false, why: 'corrupt' };
  const sheets = sheetsOf(dec.decode(wbBytes), dec.decode(relBytes)).filter((s) => byName.has(s.part));
  if (sheets.length === 0) return { ok: false, why: 'corrupt' };
  return { ok: true, sheets };
}
