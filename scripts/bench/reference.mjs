/**
 * The code of an earlier commit, compiled in the bench's own directory, to time the build of today
 * against it in the same run (issue 16: a cold build at most 0.5x the time of commit 8369c77).
 * `git archive` of the commit, node_modules linked from the repository (dependencies have only
 * been added since, at the same pinned versions), compiled with the repository's tsc.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_COMMIT = '8369c77';

export function prepareReference(root, work, commit = REFERENCE_COMMIT) {
  const dir = join(work, `ref-${commit}`);
  mkdirSync(dir, { recursive: true });
  console.error(`bench: compiling commit ${commit} for the reference builds…`);
  const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (!existsSync(join(dir, 'dist', 'cli', 'main.js'))) throw new Error(`commit ${commit} did not compile:\n${tsc.stdout}${tsc.stderr}`);
  const full = execFileSync('git', ['rev-parse', commit], { cwd: root, encoding: 'utf8' }).trim();
  return { dir, commit: full, note: tsc.status === 0 ? null : `tsc reported errors compiling ${commit} (it emitted anyway)` };
}
