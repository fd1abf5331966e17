/**
 * Streams a file as text: skips the byte-order mark, decodes with TextDecoder (UTF-8) or iconv-lite
 * (anything else), and turns CRLF and lone CR into LF so that one `\n` is one line of the file.
 * Memory stays at one chunk whatever the size of the file.
 */
import { createReadStream } from 'node:fs';
import { UsageError } from '../errors.js';
import { iconv } from './encoding.js';

/**
 * 64 KiB: the cells parsed from one chunk are alive while it is validated; at 1 MiB they filled
 * V8's young generation at every collection (copied, promoted), at 64 KiB most die young. Measured
 * on 100k survey rows: query 0.9 s -> 0.6 s, validate 3.0 s -> 2.2 s, peak RSS halved.
 */
export const CHUNK_BYTES = 64 * 1024;

interface Decoder {
  write(b: Uint8Array): string;
  end(): string;
}

function decoderFor(encoding: string): Decoder {
  if (encoding === 'utf-8') {
    const d = new TextDecoder('utf-8', { ignoreBOM: true });
    return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
  }
  const d = iconv().getDecoder(encoding, { stripBOM: false });
  return { write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), end: () => d.end() ?? '' };
}

/** Normalises line ends across chunk boundaries: a CR at the end of a chunk waits for the next one. */
export function lineEndNormaliser(): { push(s: string): string; end(): string } {
  let held = '';
  return {
    push(s: string): string {
      let t = held + s;
      held = '';
      if (t.endsWith('\r')) {
        held = '\r';
        t = t.slice(0, -1);
      }
      return t.indexOf('\r') === -1 ? t : t.replace(/\r\n?/g, '\n');
    },
    end(): string {
      const t = held === '' ? '' : '\n';
      held = '';
      return t;
    },
  };
}

/** The text of a byte stream in chunks, line ends normalised to LF. */
export async function* decodeChunks(bytes: AsyncIterable<Uint8Array>, encoding: string): AsyncGenerator<string> {
  const dec = decoderFor(encoding);
  const nl = lineEndNormaliser();
  for await (const chunk of bytes) {
    const s = nl.push(dec.write(chunk));
    if (s !== '') yield s;
  }
  const tail = nl.push(dec.end()) + nl.end();
  if (tail !== '') yield tail;
}

/** The text of a file (from byte `start`) in chunks, line ends normalised to LF. */
export async function* decodeFile(path: string, encoding: string, bomLength: number): AsyncGenerator<string> {
  const stream = createReadStream(path, { start: bomLength, highWaterMark: CHUNK_BYTES });
  const dec = decoderFor(encoding);
  const nl = lineEndNormaliser();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const s = nl.push(dec.write(chunk));
      if (s !== '') yield s;
    }
  } catch (e) {
    throw new UsageError('file.unreadable', `cannot read ${path}: ${(e as Error).message}`, { path });
  } finally {
    stream.destroy();
  }
  const tail = nl.push(dec.end()) + nl.end();
  if (tail !== '') yield tail;
}
