/**
 * The options of `bulletin query`, parsed once at the edge into a QuerySpec (UsageError, exit 2,
 * on anything malformed). Column names are checked later, against the file.
 */
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { parseCondition, type Condition } from '../analyse/where.js';

type QueryStat = 'count' | 'share' | 'mean' | 'median' | 'sum' | 'min' | 'max';
export type QueryFormat = 'table' | 'csv' | 'json' | 'ndjson';

export interface QuerySpec {
  file: string;
  kind?: 'survey' | 'assistance' | 'raw';
  mapping?: string;
  encoding?: string;
  /** The sheet of a workbook. */
  sheet?: string;
  by: string[];
  stat: QueryStat;
  /** The column of mean/median/sum/min/max. */
  statColumn?: string;
  /** The --stat as given (`mean:age`), printed in the `stat` column. */
  statLabel: string;
  where: { expr: string; condition: Condition }[];
  weight?: string;
  ci: boolean;
  /** 0 = no suppression. */
  minCell: number;
  format?: QueryFormat;
}

const NUMERIC: readonly QueryStat[] = ['mean', 'median', 'sum', 'min', 'max'];

/** At most this many --by columns, and groups (the product of their distinct values): beyond, exit 2. */
const MAX_BY_COLUMNS = 8;
export const MAX_GROUPS = 1_000_000;

export function parseQueryOptions(file: string, o: Record<string, unknown>): QuerySpec {
  const by = typeof o.by === 'string' ? o.by.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
  if (typeof o.by === 'string' && by.length === 0) throw new UsageError('query.by', msg.query.emptyList('--by', o.by));
  if (by.length > MAX_BY_COLUMNS) throw new UsageError('query.by', msg.query.tooManyBy(by.length, MAX_BY_COLUMNS));
  const seen = new Set<string>();
  for (const b of by) {
    if (seen.has(b)) throw new UsageError('query.by', msg.query.byRepeated(b));
    seen.add(b);
  }
  const statText = typeof o.stat === 'string' ? o.stat.trim() : 'count';
  const m = /^([a-z]+)(?::(.+))?$/.exec(statText);
  const name = m?.[1] as QueryStat | undefined;
  if (!m || !name || !(['count', 'share', ...NUMERIC] as string[]).includes(name)) throw new UsageError('query.stat', msg.query.badStat(statText));
  const col = m[2]?.trim();
  if (NUMERIC.includes(name) && !col) throw new UsageError('query.stat', msg.query.statNeedsColumn(name));
  if (!NUMERIC.includes(name) && col) throw new UsageError('query.stat', msg.query.badStat(statText));
  if (name === 'share' && by.length === 0) throw new UsageError('query.stat', msg.query.shareNeedsBy());
  const where = (Array.isArray(o.where) ? (o.where as unknown[]) : []).map((e) => {
    const expr = String(e);
    if (/^[^=!<>]*==/.test(expr)) throw new UsageError('query.where', msg.query.doubleEquals(expr));
    const c = parseCondition(expr);
    if ('error' in c) throw new UsageError('query.where', msg.query.badWhere(expr, c.error));
    return { expr, condition: c };
  });
  let minCell = 0;
  if (o.minCell !== undefined) {
    const t = String(o.minCell).trim();
    if (!/^\d+$/.test(t)) throw new UsageError('query.min-cell', msg.query.badMinCell(t));
    minCell = Number(t);
  }
  const spec: QuerySpec = { file: file === '-' ? '/dev/stdin' : file, by, stat: name, statLabel: statText, where, ci: o.ci === true, minCell };
  if (col) spec.statColumn = col;
  if (o.kind === 'survey' || o.kind === 'assistance' || o.kind === 'raw') spec.kind = o.kind;
  if (typeof o.mapping === 'string') spec.mapping = o.mapping;
  if (typeof o.encoding === 'string') spec.encoding = o.encoding;
  if (typeof o.sheet === 'string') spec.sheet = o.sheet;
  if (typeof o.weight === 'string' && o.weight.trim() !== '') spec.weight = o.weight.trim();
  if (o.json === true) spec.format = 'json';
  else if (o.format === 'table' || o.format === 'csv' || o.format === 'json' || o.format === 'ndjson') spec.format = o.format;
  return spec;
}
