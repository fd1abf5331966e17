/**
 * The one place where what the CLI prints is made safe for a terminal. Cell values, headers,
 * file names and messages can hold control characters: an escape sequence could clear the screen,
 * move the cursor to overwrite a warning with a fake "all rows accepted", write the clipboard
 * (OSC 52) or hide a link (OSC 8). Every write to stdout and stderr goes through `escapeTerminal`:
 * control characters (C0 but line feed and tab, DEL, C1) and the bidirectional-text overrides
 * become visible `\uXXXX` text — which inside a JSON string is the same character, so `--json`
 * output stays valid JSON with the same meaning. The CLI's own cursor control (the progress line)
 * goes through `writeControl`, never through text.
 */
import type { Writable } from './context.js';

// C0 except \t and \n, DEL, C1; bidi embeddings/overrides/isolates (U+202A–202E, U+2066–2069)
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeTerminal(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const RAW = Symbol('raw terminal stream');

interface SafeWritable extends Writable {
  [RAW]: Writable;
}

/** A stream whose every write is escaped. */
export function safeStream(w: Writable): Writable {
  if ((w as Partial<SafeWritable>)[RAW]) return w;
  const safe: SafeWritable = {
    write: (chunk: string) => w.write(escapeTerminal(chunk)),
    [RAW]: w,
  };
  if (w.isTTY !== undefined) safe.isTTY = w.isTTY;
  return safe;
}

/** The CLI's own cursor control (e.g. `\r\x1b[K`, erase the progress line), written as is. */
export type Control = '\r\x1b[K';

export function writeControl(w: Writable, control: Control): void {
  ((w as Partial<SafeWritable>)[RAW] ?? w).write(control);
}
