/**
 * Delimiter sniffing: `,`, `;` (Russian-locale Excel) or TAB. Counts each candidate outside quotes
 * on the first lines; the winner appears in the header and the same number of times on most lines.
 */
import { UsageError } from '../errors.js';

const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const NAMES: Record<string, Delimiter> = {
  ',': ',', comma: ',', ';': ';', semicolon: ';', '\t': '\t', '\\t': '\t', tab: '\t',
};

/** A delimiter given by the user (`,` `;` `tab` `\t`); a UsageError otherwise. */
export function parseDelimiter(name: string): Delimiter {
  const d = NAMES[name.toLowerCase()] ?? NAMES[name];
  if (!d) throw new UsageError('delimiter.unknown', `unknown delimiter "${name}": use , ; or tab`, { delimiter: name });
  return d;
}

/** Counts of each candidate on each of the first `maxLines` lines, quoted sections skipped. */
function countsPerLine(sample: string, maxLines: number): number[][] {
  const lines: number[][] = [];
  let counts = [0, 0, 0];
  let inQuotes = false;
  for (let i = 0; i < sample.length && lines.length < maxLines; i++) {
    const ch = sample.charCodeAt(i);
    if (ch === 34) inQuotes = !inQuotes; // "
    else if (inQuotes) continue;
    else if (ch === 10) {
      lines.push(counts);
      counts = [0, 0, 0];
    } else if (ch === 44) counts[0]!++; // ,
    else if (ch === 59) counts[1]!++; // ;
    else if (ch === 9) counts[2]!++; // tab
  }
  if (lines.length < maxLines && !inQuotes && counts.some((c) => c > 0)) lines.push(counts);
  return lines;
}

/** The delimiter of a text sample whose line ends are LF. */
export function sniffDelimiter(sample: string): Delimiter {
  const lines = countsPerLine(sample, 50);
  const header = lines[0];
  if (!header) return ',';
  let best: Delimiter = ',';
  let bestScore = -1;
  DELIMITERS.forEach((d, k) => {
    const h = header[k] ?? 0;
    if (h === 0) return;
    const rest = lines.slice(1);
    const same = rest.filter((l) => l[k] === h).length;
    const consistency = rest.length === 0 ? 1 : same / rest.length;
    const score = consistency * 1e6 + h;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  });
  return best;
}
