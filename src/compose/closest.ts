/** The valid names closest to a bad one, for "did you mean …" in error messages. */
import { editDistance } from '../geo/edit-distance.js';

export function closest(bad: string, valid: Iterable<string>, k = 3): string[] {
  return [...valid]
    .map((v) => ({ v, d: editDistance(bad.toLowerCase(), v.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.v.localeCompare(b.v))
    .slice(0, k)
    .map((x) => x.v);
}
