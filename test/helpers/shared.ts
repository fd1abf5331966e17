/**
 * The project's shared material beside the repository (`../shared`: real exports of other operations,
 * seed bulletins), which a fresh clone does not have. BULLETIN_SHARED_DIR points elsewhere (a git
 * worktree, say). Tests that need it skip, and say so in the output, when it is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** `<shared>/<sub>` when it exists; otherwise undefined, after printing why the caller will skip. */
export function sharedDir(sub: string, what: string): string | undefined {
  const dir = join(resolve(ROOT, process.env.BULLETIN_SHARED_DIR ?? join('..', 'shared')), sub);
  if (existsSync(dir)) return dir;
  console.warn(`SKIPPED: ${what}: ${dir} is absent (set BULLETIN_SHARED_DIR to the shared folder to run it)`);
  return undefined;
}
