/**
 * KoboToolbox / ODK export conventions, for any header list: group prefixes (`group_demo/sex`,
 * `grp_a/grp_b/age`), select_multiple split columns (`q/opt`, `q.opt`, next to an optional parent
 * column `q`), and the metadata columns Kobo adds (`_id`, `_uuid`, `__version__`, `meta/instanceID`…).
 */
import { cleanHeader } from './header-text.js';

const METADATA = new Set([
  'start', 'end', 'today', 'deviceid', 'device_id', 'simserial', 'subscriberid', 'username', 'audit',
  'instanceid', 'instanceid_', 'formhub_uuid', 'meta_instanceid',
]);

/** A Kobo system column (dropped at ingest): `_id`, `_uuid`, `_submission_time`, `__version__`, `meta/…`, `formhub/…`, `start`, `end`… */
export function isKoboMetadata(header: string): boolean {
  const h = header.trim();
  if (h.startsWith('_')) return true;
  if (/^(meta|formhub)[/.]/i.test(h)) return true;
  return METADATA.has(h.toLowerCase());
}

/** Segment names that are Kobo group names rather than questions with options. */
const GROUP_LIKE = /^(group|grp|gr|g|section|sec|module|mod|part|block|begin)(_|-|\d|$)/i;

function isGroupLike(segment: string): boolean {
  return GROUP_LIKE.test(segment);
}

/**
 * Removes Kobo group prefixes: the longest `/`-suffix accepted by `known` (for a canonical
 * instrument), or the last segment when no `known` is given.
 */
export function stripGroupPrefix(header: string, known?: (name: string) => boolean): string {
  const parts = header.split('/');
  if (!known) return parts[parts.length - 1] ?? header;
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(i).join('/');
    if (known(name)) return name;
  }
  return header;
}

export interface SplitColumn {
  /** The parent question, group prefixes removed. */
  parent: string;
  option: string;
  separator: '/' | '.';
}

export interface KoboHeader {
  /** The header as given. */
  header: string;
  /** The name to use: group prefixes removed (the full header when that would collide). */
  name: string;
  /** Set when the column is one option of a select_multiple question. */
  split: SplitColumn | null;
  /** A Kobo system column. */
  metadata: boolean;
}

function lastSep(h: string): { at: number; sep: '/' | '.' } | null {
  const s = h.lastIndexOf('/');
  const d = h.lastIndexOf('.');
  if (s < 0 && d < 0) return null;
  return s > d ? { at: s, sep: '/' } : { at: d, sep: '.' };
}

/**
 * Recognises split columns in a header list without knowing the form: `q/opt` or `q.opt` is an
 * option of `q` when a column `q` exists, or when at least two columns share the prefix `q/` (or
 * `q.`) and `q` does not look like a group name (`group_…`, `grp_…`).
 */
export function recogniseSplitColumns(headers: readonly string[]): Map<string, SplitColumn> {
  const present = new Set(headers);
  const prefixCount = new Map<string, number>();
  for (const h of headers) {
    const ls = lastSep(h);
    if (ls && ls.at > 0 && ls.at < h.length - 1) {
      const key = h.slice(0, ls.at + 1);
      prefixCount.set(key, (prefixCount.get(key) ?? 0) + 1);
    }
  }
  const out = new Map<string, SplitColumn>();
  for (const h of headers) {
    if (isKoboMetadata(h)) continue;
    const ls = lastSep(h);
    if (!ls || ls.at === 0 || ls.at === h.length - 1) continue;
    const prefix = h.slice(0, ls.at);
    const option = h.slice(ls.at + 1);
    const lastSeg = prefix.split(/[/.]/).pop() ?? prefix;
    const shared = (prefixCount.get(h.slice(0, ls.at + 1)) ?? 0) >= 2 && !isGroupLike(lastSeg);
    if (present.has(prefix) || shared) {
      out.set(h, { parent: stripGroupPrefix(prefix), option, separator: ls.sep });
    }
  }
  return out;
}

/**
 * Names for every header of a form we do not know (`query --kind raw`): byte-order marks mangled
 * into the first header removed, group prefixes stripped, split columns named `parent/option`.
 */
export function analyseKoboHeaders(headers: readonly string[]): KoboHeader[] {
  const cleaned = headers.map(cleanHeader);
  const splits = recogniseSplitColumns(cleaned);
  const used = new Set<string>();
  return headers.map((header, i) => {
    const clean = cleaned[i]!;
    const metadata = isKoboMetadata(clean);
    const split = splits.get(clean) ?? null;
    let name = split ? `${split.parent}/${split.option}` : stripGroupPrefix(clean);
    if (name === '' || used.has(name)) name = clean === '' ? `column_${i + 1}` : clean;
    if (used.has(name)) name = `${name}_${i + 1}`;
    used.add(name);
    return { header, name, split, metadata };
  });
}
