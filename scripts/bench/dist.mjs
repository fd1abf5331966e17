// Makes sure dist/ (tsc output and the bundle in dist/bundle/ that bin/bulletin.js runs) is compiled
// from the current src/ (npm run build:ts when any source is newer).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir, ext) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p, ext));
    else if (e.name.endsWith(ext)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Returns a note when the compile reported errors (tsc still emits; the bench then runs what it emitted). */
export function ensureDist(root) {
  const src = Math.max(newest(join(root, 'src'), '.ts'), statSync(join(root, 'package.json')).mtimeMs);
  const built = existsSync(join(root, 'dist/cli/main.js')) && existsSync(join(root, 'dist/bundle/main.js')) ? newest(join(root, 'dist'), '.js') : 0;
  if (built >= src) return null;
  console.error('bench: dist/ is older than src/: npm run build:ts');
  const r = spawnSync('npm', ['run', '--silent', 'build:ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status === 0) return null;
  if (!existsSync(join(root, 'dist/bundle/main.js'))) {
    throw new Error(`npm run build:ts failed and dist/ has no CLI:\n${r.stdout}${r.stderr}`);
  }
  const errors = (r.stdout + r.stderr).split('\n').filter((l) => /error TS\d+/.test(l));
  console.error(`bench: npm run build:ts reported ${errors.length} type errors; running what tsc emitted`);
  return `build:ts reported ${errors.length} type errors (tsc emitted anyway)`;
}
