/** Recognises files that are not text at all, so that the user hears what the file really is. */

const MAGIC: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Excel workbook (.xlsx): save it as CSV' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls): save it as CSV' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
];

/** What the file is when its first bytes give it away as binary; null when it may be text. */
export function binaryKind(head: Uint8Array): string | null {
  for (const m of MAGIC) if (m.bytes.every((b, i) => head[i] === b)) return m.what;
  if (head.length > 0 && head.every((b) => b === 0)) return 'nothing but zero bytes (a device such as /dev/zero?)';
  return null;
}

/** Control characters that never occur in a text export (TAB, LF, CR, FF and VT excepted). */
export function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text);
}
