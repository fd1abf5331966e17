/**
 * Writes a proposed mapping file (`--out`): never over an input of the command, never over a file
 * that bulletin mapping did not write (its `$comment` says so) unless `force`; atomically (a
 * temporary file renamed), so that an interrupted run leaves the old file whole.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
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
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : false;
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
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new UsageError('mapping.unwritable', msg.mapping.outUnwritable(out, (e as Error).message), { path: out });
  }
}
