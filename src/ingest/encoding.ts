/**
 * Encoding of a CSV export: byte-order marks, UTF-16 without a BOM, UTF-8, and the two Windows
 * code pages Excel writes in the region (1251 Cyrillic, 1252 Western). Detection looks at the
 * first bytes of the file only.
 */
import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';

type Iconv = typeof import('iconv-lite');
let loaded: Iconv | undefined;

/** iconv-lite, loaded on first use: a UTF-8 file never needs it. */
export function iconv(): Iconv {
  return (loaded ??= createRequire(import.meta.url)('iconv-lite') as Iconv);
}

type KnownEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

export interface DetectedEncoding {
  /** Canonical name (`utf-8`, `windows-1251`, …) or, when forced, the iconv-lite name given. */
  encoding: string;
  /** Bytes of byte-order mark to skip at the start of the file. */
  bomLength: number;
}

const ALIASES: Record<string, KnownEncoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-8-sig': 'utf-8', 'utf-8-bom': 'utf-8',
  'windows-1251': 'windows-1251', cp1251: 'windows-1251', win1251: 'windows-1251', '1251': 'windows-1251',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252', win1252: 'windows-1252', '1252': 'windows-1252',
  'utf-16le': 'utf-16le', utf16le: 'utf-16le', 'utf-16': 'utf-16le', utf16: 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
};

/** Canonical name of an encoding given on the command line; a UsageError when iconv-lite does not know it. */
export function normaliseEncodingName(name: string): string {
  const key = name.trim().toLowerCase();
  const known = ALIASES[key];
  if (known) return known;
  if (key !== '' && iconv().encodingExists(key)) return key;
  throw new UsageError('encoding.unknown', `unknown encoding "${name}": use utf-8, windows-1251, windows-1252, utf-16le or utf-16be`, {
    encoding: name,
  });
}

function bomOf(head: Uint8Array): DetectedEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII text has a NUL in every other byte. */
function utf16WithoutBom(head: Uint8Array): KnownEncoding | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Whether the sample is valid UTF-8, ignoring a multi-byte sequence cut at the end of the sample. */
export function isUtf8(head: Uint8Array, complete: boolean): boolean {
  let end = head.length;
  if (!complete) {
    // back off to the start of the last (possibly cut) character
    let i = end - 1;
    let back = 0;
    while (i >= 0 && back < 4 && ((head[i] ?? 0) & 0xc0) === 0x80) {
      i--;
      back++;
    }
    if (i >= 0 && (head[i] ?? 0) >= 0xc0) end = i;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * Windows-1251 or Windows-1252 for bytes that are not UTF-8. Cyrillic text is made of words of
 * high bytes (C0–FF), Western text has an accented letter here and there among ASCII letters.
 */
function cyrillicOrWestern(head: Uint8Array): KnownEncoding {
  let high = 0;
  let adjacent = 0;
  let cyrLetters = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] ?? 0;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) cyrLetters++;
    if ((head[i - 1] ?? 0) >= 0x80 || (head[i + 1] ?? 0) >= 0x80) adjacent++;
  }
  if (high === 0) return 'windows-1252';
  return adjacent / high > 0.5 && cyrLetters / high > 0.8 ? 'windows-1251' : 'windows-1252';
}

/**
 * The encoding of a file from its first bytes (`complete` when the sample is the whole file).
 * A forced encoding wins; its BOM is still skipped.
 */
export function detectEncoding(head: Uint8Array, complete: boolean, forced?: string): DetectedEncoding {
  const bom = bomOf(head);
  if (forced !== undefined) {
    const encoding = normaliseEncodingName(forced);
    return { encoding, bomLength: bom && bom.encoding === encoding ? bom.bomLength : 0 };
  }
  if (bom) return bom;
  const u16 = utf16WithoutBom(head);
  if (u16) return { encoding: u16, bomLength: 0 };
  if (isUtf8(head, complete)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: cyrillicOrWestern(head), bomLength: 0 };
}
