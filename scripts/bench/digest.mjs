// One hash over every file a build wrote (relative path and bytes, in path order), to tell whether two builds wrote the same.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function treeDigest(dir) {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
  const h = createHash('sha256');
  for (const f of files) h.update(`${relative(dir, f)}\n`).update(readFileSync(f));
  return { files: files.length, sha256: h.digest('hex') };
}
