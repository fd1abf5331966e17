/** How alike two names or labels are: keys for equality, word overlap (Jaccard) for the rest. */
import { normaliseLabel } from '../ingest/label-key.js';

/** A question name without the prefixes offices add (`q_`, `q12_`, `s3_q4_`, `grp_…/`). */
export function nameStem(name: string): string {
  const last = name.trim().toLowerCase().split('/').pop() ?? '';
  return last.replace(/^(?:[a-z]{1,2}\d+[a-z]?_)+/, '').replace(/^q_/, '').replace(/[\s-]+/g, '_');
}

function words(s: string): Set<string> {
  return new Set(
    normaliseLabel(s)
      .split(' ')
      .filter((w) => w.length >= 3 || /^\d+$/.test(w))
      .map((w) => (w.length > 5 ? w.slice(0, 5) : w)), // a crude stem: remit/remittance, Russian endings
  );
}

/** Word overlap of two texts, 0..1. */
export function jaccard(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / (x.size + y.size - inter);
}

export function sameLabel(a: string | undefined, b: string): boolean {
  return a !== undefined && normaliseLabel(a) !== '' && normaliseLabel(a) === normaliseLabel(b);
}
