/**
 * The fingerprint of the code that turns a CSV into a Dataset: a hash of the package.json (tool
 * version and the pinned versions of the parsing dependencies) and of every module of fs/, ingest/,
 * validate/ (with the load into a Dataset), schema/ (with the place table), model/, messages/
 * (issue texts), text/ (name matching), cache/ and query/ (the raw reader, the projected load),
 * as they are on
 * disk (dist/*.js under tsc, src/*.ts under the tests; with the esbuild bundle every chunk of
 * dist/bundle/, coarser: any code change), and of the data
 * schema/ declares them from (data/schema/*.json: the code lists, the place table). Any change to
 * the validator, the instrument declarations, the code lists, the place table or the cache format
 * makes every older entry unreachable, even without a version bump during development.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { writeFileAtomicSync } from '../fs/atomic-write.js';
import { join } from 'node:path';
import { CODE, modulesAt, type CodeLayout } from '../package-root.js';
import { hashFiles } from './hash-files.js';

/** Bumped when the entry layout changes (also covered by hashing cache/ itself). */
export const CACHE_FORMAT = 1;

const DIRS = ['ingest', 'validate', 'schema', 'model', 'messages', 'text', 'cache', 'query', 'fs'];
const FILES = ['errors', 'version', 'package-root'];
/** Declared data read by schema/ (from the package root). */
const DATA_DIRS = ['data/schema'];

/** The code to cover: this process's own, or (tests) the modules under a folder given as a string. */
const layoutOf = (code: string | CodeLayout): CodeLayout => (typeof code === 'string' ? modulesAt(code) : code);

/** The sorted names in `dir` that `keep` accepts (none when it is absent). */
function namesIn(dir: string, keep: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir).filter(keep).sort();
  } catch {
    return [];
  }
}

/** The files the fingerprint covers, in order: [name, path]. */
function fingerprintFiles(code: CodeLayout): Array<[string, string]> {
  const { dir: root, ext, packageRoot } = code;
  const isModule = (n: string) => n.endsWith(ext) && !n.endsWith(`.d${ext}`);
  const files: Array<[string, string]> = [['package.json', join(packageRoot, 'package.json')]];
  if (code.bundled) {
    for (const n of namesIn(root, isModule)) files.push([`bundle/${n}`, join(root, n)]);
  } else {
    for (const dir of DIRS) for (const n of namesIn(join(root, dir), isModule)) files.push([`${dir}/${n}`, join(root, dir, n)]);
    for (const f of FILES) files.push([f, join(root, `${f}${ext}`)]);
  }
  for (const dir of DATA_DIRS) for (const n of namesIn(join(packageRoot, dir), (n) => n.endsWith('.json'))) files.push([`${dir}/${n}`, join(packageRoot, dir, n)]);
  return files;
}

export function codeFingerprint(code: string | CodeLayout = CODE): string {
  return hashFiles(fingerprintFiles(layoutOf(code)), `format ${CACHE_FORMAT}\n`);
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
export function codeFingerprintIn(dir: string | undefined, code: string | CodeLayout = CODE): string {
  if (dir === undefined) return codeFingerprint(code);
  const sig = createHash('sha256');
  let newest = 0;
  for (const [name, path] of fingerprintFiles(layoutOf(code))) {
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
  const fingerprint = codeFingerprint(code);
  try {
    writeFileAtomicSync(memo, JSON.stringify({ signature, fingerprint, at }), { mode: 0o600, dirMode: 0o700 });
  } catch {
    // not remembered: computed again next time
  }
  return fingerprint;
}
