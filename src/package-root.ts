/**
 * Where the package is, and where its own code is, found once from this module's location so that
 * the same code works from src/*.ts (the tests), dist/**\/*.js (tsc) and the esbuild bundle
 * (dist/bundle/*.js, scripts/bundle.mjs), whose chunks sit one flat folder away from where the
 * modules were written. Every path to an asset of the package (package.json, templates/, data/,
 * assets/, src/geo/data/) is resolved from PACKAGE_ROOT here, never from a module's own URL.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Set to `true` by scripts/bundle.mjs (esbuild `define`); absent under tsc and the tests. */
declare const BULLETIN_BUNDLE: boolean | undefined;

const HERE = fileURLToPath(import.meta.url);

/** The nearest folder upward from `from` that holds a package.json. */
function findPackageRoot(from: string): string {
  for (let dir = from; ; ) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
}

/** The package's root folder (no trailing separator). */
export const PACKAGE_ROOT = findPackageRoot(dirname(HERE));

/** An absolute path inside the package: `packagePath('templates', 'indicators')`. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/** As packagePath, as a file URL; a trailing `/` on the last part is kept (a folder URL). */
export function packageUrl(...parts: string[]): URL {
  const folder = parts.length > 0 && (parts[parts.length - 1] as string).endsWith('/');
  return pathToFileURL(packagePath(...parts) + (folder ? sep : ''));
}

/**
 * The tool's own code as it runs: the folder holding it (src/ or dist/ for separate modules, the
 * bundle folder for a bundle), the extension of its modules, whether it is a bundle (one flat
 * folder of chunks) and the package root. The cache fingerprints hash these files, so that `build`
 * and `query`, which run the same files, key alike.
 */
export interface CodeLayout {
  readonly dir: string;
  readonly ext: string;
  readonly bundled: boolean;
  readonly packageRoot: string;
}

/** Separate modules under `dir` (src/ or dist/) of the package at `dir/..`: the tests' own trees. */
export function modulesAt(dir: string, ext = extname(HERE)): CodeLayout {
  return { dir, ext, bundled: false, packageRoot: join(dir, '..') };
}

export const CODE: CodeLayout =
  typeof BULLETIN_BUNDLE !== 'undefined' && BULLETIN_BUNDLE
    ? { dir: dirname(HERE), ext: extname(HERE), bundled: true, packageRoot: PACKAGE_ROOT }
    : modulesAt(dirname(HERE));

/**
 * The URL of an entry module of the tool, `rel` from src/ without extension
 * (`pipeline/render-worker`): a worker is started by URL, so it must be a file of its own, also
 * in the bundle, where scripts/bundle.mjs writes each entry point as `<basename>.js`.
 */
export function codeModuleUrl(rel: string): URL {
  const file = CODE.bundled ? `${basename(rel)}${CODE.ext}` : `${rel}${CODE.ext}`;
  return pathToFileURL(join(CODE.dir, file));
}
