/**
 * ExcelJS 4.4.0's streaming WorkbookReader, set up so that it reads text right and never stalls.
 *
 * - Text: ExcelJS decodes every chunk of an XML part on its own (utils/parse-sax.js), so a Cyrillic
 *   letter split between two chunks becomes U+FFFD; it passes chunks that are already strings
 *   through. So every XML part is handed over as a UTF-8 decoded string stream: the parts read
 *   before the sheets (relationships, workbook, styles, shared strings) are inflated here, straight
 *   from their place in the archive (zip-directory.ts), and the sheet entries get `setEncoding` as
 *   the ZIP parser emits them.
 * - Order: with the shared strings read first, ExcelJS never defers a sheet that comes before them
 *   in the archive (as Excel writes it) to a temporary file read back without decoding.
 * - Errors: the ZIP parser's errors (a damaged entry) are passed to `onError`; ExcelJS itself would
 *   wait on the entry for ever.
 *
 * This uses ExcelJS's private `_parse…` methods: the version is pinned (package.json), and the
 * XLSX tests with Russian inline and shared strings fail if they change.
 */
import type { EventEmitter } from 'node:events';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { ZipEntry } from './zip-directory.js';

interface ReaderInternals {
  _parseRels(s: Readable): Promise<void>;
  _parseWorkbook(s: Readable): Promise<void>;
  _parseStyles(s: Readable): Promise<void>;
  _parseSharedStrings(s: Readable): AsyncGenerator<unknown>;
  sharedStrings?: unknown[];
}

/** One entry of the archive as a stream of decoded text. */
async function entryText(path: string, entry: ZipEntry, onError: (e: unknown) => void): Promise<Readable> {
  const fh = await open(path, 'r');
  let start: number;
  try {
    const head = Buffer.alloc(30);
    await fh.read(head, 0, 30, entry.offset);
    start = entry.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  } finally {
    await fh.close();
  }
  const raw = createReadStream(path, { start, end: start + Math.max(entry.compressedSize, 1) - 1 });
  const out = entry.method === 8 ? createInflateRaw() : new PassThrough();
  raw.on('error', onError);
  out.on('error', onError);
  raw.pipe(out);
  out.setEncoding('utf8');
  return out;
}

export async function workbookReader(path: string, entries: readonly ZipEntry[], onError: (e: unknown) => void): Promise<{ reader: ExcelJS.stream.xlsx.WorkbookReader; input: Readable }> {
  const input = createReadStream(path);
  input.on('error', onError);
  const pipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(dest: T, o?: { end?: boolean }): T => {
    const zip = dest as unknown as EventEmitter & { push(chunk: unknown, enc?: BufferEncoding): boolean };
    zip.on('error', onError);
    const push = zip.push.bind(zip);
    zip.push = (chunk: unknown, enc?: BufferEncoding) => {
      const e = chunk as { path?: unknown; setEncoding?: (enc: BufferEncoding) => void } | null;
      if (e && typeof e.path === 'string' && /\.(xml|rels)$/i.test(e.path) && e.setEncoding) e.setEncoding('utf8');
      return push(chunk, enc);
    };
    return pipe(dest, o);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // number formats: which numbers are dates
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const r = reader as unknown as ReaderInternals;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string) => entryText(path, byName.get(name)!, onError);
  if (byName.has('xl/_rels/workbook.xml.rels')) await r._parseRels(await text('xl/_rels/workbook.xml.rels'));
  if (byName.has('xl/workbook.xml')) await r._parseWorkbook(await text('xl/workbook.xml'));
  if (byName.has('xl/styles.xml')) await r._parseStyles(await text('xl/styles.xml'));
  if (byName.has('xl/sharedStrings.xml')) {
    for await (const _ of r._parseSharedStrings(await text('xl/sharedStrings.xml'))) void _;
  } else r.sharedStrings = [];
  // read once: the loop over the archive skips them
  r._parseRels = async () => undefined;
  r._parseWorkbook = async () => undefined;
  r._parseStyles = async () => undefined;
  r._parseSharedStrings = async function* () {};
  return { reader, input };
}
