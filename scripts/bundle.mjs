// Bundles the tool with esbuild into dist/bundle/ (npm run build:ts, hence `prepare`), which
// bin/bulletin.js runs: one ES module per entry point plus shared chunks, instead of ≈ 40 separate
// modules to resolve, read and compile at every start (a warm `query` spends most of its time
// starting). Code splitting keeps each `await import()` of a heavy stage (drawing, PDF, XLSX …)
// lazy. Dependencies stay in node_modules (`packages: 'external'`): pdfkit, fontkit and highs read
// files next to themselves; only commander is bundled (VENDOR below). Paths to the package's own
// files go through src/package-root.ts, which the `define` below tells that it runs from a bundle. tsc still type-checks and writes
// dist/**/*.js for the scripts (scripts/build-geo.mjs, render-maps.mjs, the bench's sample
// generator) and `npm run schemas`.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');

/** Entry points: what bin/bulletin.js imports, and what is started by URL (package-root.ts codeModuleUrl). */
export const ENTRIES = {
  main: 'src/cli/main.ts',
  cleanup: 'src/fs/cleanup.ts',
  'render-worker': 'src/pipeline/render-worker.ts',
};

/**
 * commander, the one dependency every command loads at start, is bundled too, as one ES module of
 * its own (`vendor-commander.js`): loading it as CommonJS (six files through Node's CJS loader and
 * its export lexer) cost ≈ 6–9 ms of a warm query's ≈ 200–210 ms CPU (medians of 21 runs). It reads
 * no file of its own. Its `require` calls of Node built-ins need a `require`: the banner makes one.
 */
const VENDOR = { commander: 'vendor-commander.js' };

/**
 * commander requires `node:child_process` when it loads, for executable subcommands (`spawn`, its
 * only use of it), which the tool has none of. Loading child_process also loads net, dgram and
 * their bindings (≈ 2.4–3.2 ms on a fresh start). Inside the vendored commander that `require`
 * gets a stand-in whose `spawn` loads the real module on first call: the same behaviour, nothing
 * loaded at start.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (a) => (/[\\/]node_modules[\\/]commander[\\/]/.test(a.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = { spawn: (...args) => (real ??= require('node:child_process')).spawn(...args) };",
      loader: 'js',
    }));
  },
};

// Stale chunks would be hashed into the cache fingerprints (package-root.ts CODE): start empty.
rmSync(outdir, { recursive: true, force: true });
for (const [pkg, file] of Object.entries(VENDOR)) {
  await build({
    absWorkingDir: root,
    stdin: { contents: `export * from '${pkg}';`, resolveDir: root, loader: 'js' },
    outfile: join(outdir, file),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [lazyChildProcess],
    legalComments: 'none',
    logLevel: 'warning',
  });
}
/** Our modules import a vendored package from its file beside them (every file of the bundle is in one folder). */
const vendored = {
  name: 'vendored',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${Object.keys(VENDOR).join('|')})$`) }, (a) => ({ path: `./${VENDOR[a.path]}`, external: true }));
  },
};
await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { BULLETIN_BUNDLE: 'true' },
  plugins: [vendored],
  legalComments: 'none',
  logLevel: 'warning',
});
