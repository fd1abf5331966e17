/** Cleans a header cell as found: byte-order marks mangled by R or by a wrong decoding, spaces. */

const MANGLED_BOM = [
  /^\uFEFF+/, // a BOM left in the text
  /^X\.U\.FEFF\./, // R's make.names of a BOM
  /^\u00EF\u00BB\u00BF/, // UTF-8 BOM read as Windows-1252/Latin-1
  /^\u043F\u00BB\u0457/, // UTF-8 BOM read as Windows-1251 (п»ї)
  /^\u00FF\u00FE|^\u00FE\u00FF/, // UTF-16 BOM read as Latin-1
];

const PLAIN = /^[A-Za-z0-9_][\w./-]*$/;

export function cleanHeader(raw: string): string {
  if (PLAIN.test(raw) && !raw.startsWith('X.U.')) return raw;
  let h = raw;
  for (const re of MANGLED_BOM) h = h.replace(re, '');
  return h.replace(/\s+/g, ' ').trim();
}
