/**
 * The render fingerprint: a hash of everything besides a job's input that decides what drawing
 * produces — every module of the tool as it is on disk next to this one (dist/*.js when installed,
 * src/*.ts under the tests), package.json (the tool's version and its pinned dependencies: vega,
 * vega-lite, resvg, pdfkit …) and the bundled fonts. Coarser than it must be (any code change
 * redraws everything), never finer: an entry drawn by other code cannot be found.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = () => fileURLToPath(new URL('../', import.meta.url));

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && keep(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const memo = new Map<string, string>();

/** The fingerprint of the code under `src`, computed once per process (the modules do not change under a running build). */
export function renderFingerprint(src = SRC()): string {
  let fp = memo.get(src);
  if (fp === undefined) memo.set(src, (fp = computeFingerprint(src)));
  return fp;
}

function computeFingerprint(src: string): string {
  const ext = extname(fileURLToPath(import.meta.url)) || '.js';
  const root = join(src, '..');
  const files = [
    join(root, 'package.json'),
    ...filesUnder(src, (n) => n.endsWith(ext) && !n.endsWith(`.d${ext}`)),
    ...filesUnder(join(root, 'assets', 'fonts'), (n) => n.endsWith('.ttf')),
  ];
  const h = createHash('sha256');
  for (const f of files) {
    const rel = f.slice(root.length);
    try {
      const bytes = readFileSync(f);
      h.update(`${rel} ${bytes.length}\n`);
      h.update(bytes);
    } catch {
      h.update(`${rel} absent\n`);
    }
  }
  return h.digest('hex');
}
