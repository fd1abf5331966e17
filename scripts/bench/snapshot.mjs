/**
 * A private copy of the package to run `bulletin` from during the bench. The repository's dist/
 * is shared: anyone running `npm run build:ts` mid-bench would otherwise change the code under
 * test between repetitions (and the code fingerprint that keys the validated cache).
 * node_modules is linked, not copied.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['.git', 'node_modules', 'test', 'bench-results', 'out', 'coverage']);

export function snapshotPackage(root, work) {
  const app = join(work, 'app');
  mkdirSync(app);
  for (const e of readdirSync(root, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    cpSync(join(root, e.name), join(app, e.name), { recursive: true, dereference: false });
  }
  symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'), 'dir');
  return app;
}
