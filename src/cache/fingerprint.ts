/**
 * The fingerprint of the code that turns a CSV into a Dataset: a hash of the package.json (tool
 * version and the pinned versions of the parsing dependencies) and of every module of fs/, ingest/,
 * validate/ (with the load into a Dataset), schema/ (with the place table), model/, messages/
 * (issue texts), text/ (name matching), cache/ and query/ (the raw reader, the projected load),
 * as they are on
 * disk next to this module (dist/*.js when installed, src/*.ts under the tests), and of the data
 * schema/ declares them from (data/schema/*.json: the code lists, the place table). Any change to
 * the validator, the instrument declarations, the code lists, the place table or the cache format
 * makes every older entry unreachable, even without a version bump during development.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { writeFileAtomicSync } from '../fs/atomic-write.js';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the entry layout changes (also covered by hashing cache/ itself). */
export const CACHE_FORMAT = 1;

const DIRS = ['ingest', 'validate', 'schema', 'model', 'messages', 'text', 'cache', 'query', 'fs'];
const FILES = ['errors', 'version'];
/** Declared data read by schema/ (from the package root). */
const DATA_DIRS = ['data/schema'];

const ROOT = () => fileURLToPath(new URL('../', import.meta.url));

/** The files the fingerprint covers, in order: [name, path]. */
function fingerprintFiles(root: string): Array<[string, string]> {
  const ext = extname(fileURLToPath(import.meta.url)) || '.js';
  const files: Array<[string, string]> = [['package.json', join(root, '..', 'package.json')]];
  for (const dir of DIRS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir)).filter((n) => n.endsWith(ext) && !n.endsWith(`.d${ext}`)).sort();
    } catch {
      names = [];
    }
    for (const n of names) files.push([`${dir}/${n}`, join(root, dir, n)]);
  }
  for (const f of FILES) files.push([f, join(root, `${f}${ext}`)]);
  for (const dir of DATA_DIRS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, '..', dir)).filter((n) => n.endsWith('.json')).sort();
    } catch {
      names = [];
    }
    for (const n of names) files.push([`${dir}/${n}`, join(root, '..', dir, n)]);
  }
  return files;
}

export function codeFingerprint(root = ROOT()): string {
  const h = createHash('sha256');
  h.update(`format ${CACHE_FORMAT}\n`);
  for (const [name, path] of fingerprintFiles(root)) {
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

const MEMO = 'code-fingerprint.json';
/** The racy margin of stat-index.ts: a file modified this close to the hashing is not trusted. */
const RACY_MS = 2000;

/**
 * codeFingerprint, remembered in the cache directory (`code-fingerprint.json`) against a signature
 * of the covered files' stats (name, size, inode, modification and change times in nanoseconds):
 * stat-ing them is ≈ 4× cheaper than reading them. As for inputs (stat-index.ts), the memo is
 * trusted only when every file is at least 2 s older than the moment the fingerprint was taken;
 * a missing, damaged or unwritable memo only costs the full computation.
 */
export function codeFingerprintIn(dir: string | undefined, root = ROOT()): string {
  if (dir === undefined) return codeFingerprint(root);
  const sig = createHash('sha256');
  let newest = 0;
  for (const [name, path] of fingerprintFiles(root)) {
    try {
      const st = statSync(path, { bigint: true });
      sig.update(`${name} ${st.size} ${st.ino} ${st.mtimeNs} ${st.ctimeNs}\n`);
      newest = Math.max(newest, Number(st.mtimeNs / 1_000_000n), Number(st.ctimeNs / 1_000_000n));
    } catch {
      sig.update(`${name} absent\n`);
    }
  }
  const signature = sig.digest('hex');
  const memo = join(dir, MEMO);
  try {
    const m = JSON.parse(readFileSync(memo, 'utf8')) as { signature?: unknown; fingerprint?: unknown; at?: unknown };
    if (m.signature === signature && typeof m.fingerprint === 'string' && typeof m.at === 'number' && newest <= m.at - RACY_MS) return m.fingerprint;
  } catch {
    // none yet, or damaged
  }
  const at = Date.now();
  const fingerprint = codeFingerprint(root);
  try {
    writeFileAtomicSync(memo, JSON.stringify({ signature, fingerprint, at }), { mode: 0o600, dirMode: 0o700 });
  } catch {
    // not remembered: computed again next time
  }
  return fingerprint;
}
