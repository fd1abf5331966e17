/**
 * The sha256 of a list of files, for the code fingerprints (fingerprint.ts, render-fingerprint.ts):
 * each file as `name size` on a line, then its bytes, or `name absent` when it cannot be read. The
 * name goes in, so that the same bytes at another place (a module moved) give another hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** `files`: [name, path] in the order to hash; `header`: hashed first (a format number). */
export function hashFiles(files: Iterable<readonly [string, string]>, header = ''): string {
  const h = createHash('sha256');
  h.update(header);
  for (const [name, path] of files) {
    try {
      const bytes = readFileSync(path);
      h.update(`${name} ${bytes.length}\n`);
      h.update(bytes);
    } catch {
      h.update(`${name} absent\n`);
    }
  }
  return h.digest('hex');
}
