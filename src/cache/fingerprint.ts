/**
 * The fingerprint of the code that turns a CSV into a Dataset: a hash of the package.json (tool
 * version and the pinned versions of the parsing dependencies) and of every module of ingest/,
 * validate/, schema/, model/, messages/ (issue texts), geo/ (place matching), cache/ and query/
 * (the raw reader, the projected load), plus pipeline/load and pipeline/kind-of, as they are on
 * disk next to this module (dist/*.js when installed, src/*.ts under the tests). Any change to the validator, the instrument declarations,
 * the place table or the cache format makes every older entry unreachable, even without a version
 * bump during development.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the entry layout changes (also covered by hashing cache/ itself). */
export const CACHE_FORMAT = 1;

const DIRS = ['ingest', 'validate', 'schema', 'model', 'messages', 'geo', 'geo/data', 'cache', 'query'];
const FILES = ['pipeline/load', 'pipeline/kind-of', 'errors', 'version'];

export function codeFingerprint(root = fileURLToPath(new URL('../', import.meta.url))): string {
  const ext = extname(fileURLToPath(import.meta.url)) || '.js';
  const h = createHash('sha256');
  h.update(`format ${CACHE_FORMAT}\n`);
  const add = (name: string, path: string) => {
    try {
      const bytes = readFileSync(path);
      h.update(`${name} ${bytes.length}\n`);
      h.update(bytes);
    } catch {
      h.update(`${name} absent\n`);
    }
  };
  add('package.json', join(root, '..', 'package.json'));
  for (const dir of DIRS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir)).filter((n) => n.endsWith(ext) && !n.endsWith(`.d${ext}`)).sort();
    } catch {
      names = [];
    }
    for (const n of names) add(`${dir}/${n}`, join(root, dir, n));
  }
  for (const f of FILES) add(f, join(root, `${f}${ext}`));
  return h.digest('hex');
}
