/**
 * A value's hash, walked rather than stringified whole (inputs can be large): strings, numbers
 * (with -0), booleans, bigints, null and undefined, byte arrays, arrays, Maps and Sets (in their
 * order), and plain objects (keys sorted; undefined properties skipped). Each part is prefixed by
 * its type and its length (or ends with a terminator), so two different values never feed the same
 * bytes.
 */
import type { createHash } from 'node:crypto';

export type Hash = ReturnType<typeof createHash>;

export function hashValue(h: Hash, v: unknown): void {
  if (v === null || v === undefined) {
    h.update(v === null ? 'n;' : 'u;');
  } else if (typeof v === 'string') {
    h.update(`s${Buffer.byteLength(v)}:`);
    h.update(v);
  } else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    h.update(`${typeof v}:${Object.is(v, -0) ? '-0' : String(v)};`);
  } else if (v instanceof Uint8Array) {
    h.update(`b${v.byteLength}:`);
    h.update(v);
  } else if (Array.isArray(v)) {
    h.update(`a${v.length}[`);
    for (const x of v) hashValue(h, x);
    h.update(']');
  } else if (v instanceof Map) {
    h.update(`m${v.size}{`);
    for (const [k, x] of v) {
      hashValue(h, k);
      hashValue(h, x);
    }
    h.update('}');
  } else if (v instanceof Set) {
    hashValue(h, [...v]);
  } else if (typeof v === 'object') {
    const keys = Object.keys(v).sort();
    h.update(`o${keys.length}{`);
    for (const k of keys) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      hashValue(h, k);
      hashValue(h, x);
    }
    h.update('}');
  } else {
    h.update(`${typeof v};`);
  }
}

