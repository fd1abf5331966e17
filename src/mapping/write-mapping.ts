/**
 * Writes a proposed mapping file (`--out`): never over an input of the command, never over a file
 * that bulletin mapping did not write (its `$comment` says so) unless `force`; atomically
 * (fs/atomic-write.ts), so that an interrupted run leaves the old file whole.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { msg } from '../messages/index.js';

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function writtenByUs(path: string): boolean | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    // no file there (ENOTDIR: a file stands where a folder of the path should be; writing says so)
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : false;
  }
  try {
    const j = JSON.parse(text) as { $comment?: unknown };
    return typeof j.$comment === 'string' && j.$comment.startsWith(msg.mapping.generatedPrefix());
  } catch {
    return false;
  }
}

export async function writeMapping(out: string, text: string, inputs: readonly string[], force: boolean): Promise<void> {
  const target = real(out);
  if (inputs.some((i) => real(i) === target)) throw new UsageError('mapping.out-input', msg.mapping.outIsInput(out), { path: out });
  const ours = writtenByUs(out);
  if (ours === false && !force) throw new UsageError('mapping.out-exists', msg.mapping.outExists(out), { path: out });
  try {
    await writeFileAtomic(out, text);
  } catch (e) {
    throw new UsageError('mapping.unwritable', msg.mapping.outUnwritable(out, (e as Error).message), { path: out });
  }
}
