/**
 * The render fingerprint: a hash of everything besides a job's input that decides what drawing
 * produces — every module of the tool as it is on disk (dist/*.js under tsc, src/*.ts under the
 * tests, every chunk of dist/bundle/ for the esbuild bundle: package-root.ts CODE), package.json
 * (the tool's version and its pinned dependencies: vega, vega-lite, resvg, pdfkit …) and the
 * bundled fonts. Coarser than it must be (any code change
 * redraws everything), never finer: an entry drawn by other code cannot be found.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CODE, modulesAt, type CodeLayout } from '../package-root.js';
import { hashFiles } from './hash-files.js';

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

/**
 * The fingerprint of this process's code (or, for tests, of the modules under a folder given as a
 * string), computed once per process (the modules do not change under a running build).
 */
export function renderFingerprint(code: string | CodeLayout = CODE): string {
  const layout = typeof code === 'string' ? modulesAt(code) : code;
  let fp = memo.get(layout.dir);
  if (fp === undefined) memo.set(layout.dir, (fp = computeFingerprint(layout)));
  return fp;
}

function computeFingerprint({ dir, ext, packageRoot: root }: CodeLayout): string {
  const files = [
    join(root, 'package.json'),
    ...filesUnder(dir, (n) => n.endsWith(ext) && !n.endsWith(`.d${ext}`)),
    ...filesUnder(join(root, 'assets', 'fonts'), (n) => n.endsWith('.ttf')),
  ];
  return hashFiles(files.map((f) => [f.slice(root.length), f]));
}
