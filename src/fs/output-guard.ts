/**
 * No output overwrites an input, nor a file this tool did not write. Before any work, a file about
 * to be written (`validate --report`, `sample --out`) is refused (exit 2):
 *
 * - when it is one of the inputs — compared by device and inode, not by name, so `./in.csv`,
 *   a hard link or a symbolic link to it are caught too — even with `--force`;
 * - when it exists and was not written by bulletin (`ownOutput` says how to recognise one),
 *   unless `--force` is given for it;
 * - when it is a directory.
 */
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { statOrUndefined } from './out-guard.js';
import { inputPath } from './snapshot.js';

export interface OutputFileRule {
  /** The flag that named the file, for messages (`--report`). */
  flag: string;
  /** Every file read by the command. */
  inputs: readonly string[];
  force: boolean;
  /** Whether an existing file is one this tool wrote (and may be replaced). */
  ownOutput: (path: string) => Promise<boolean>;
}

export async function checkOutputFile(path: string, rule: OutputFileRule): Promise<void> {
  const s = await statOrUndefined(path);
  if (!s) return;
  if (s.isDirectory()) throw new UsageError('output.refused', msg.fs.outputIsDir(rule.flag, path), { path });
  for (const input of rule.inputs) {
    const i = await statOrUndefined(inputPath(input));
    if (i && i.dev === s.dev && i.ino === s.ino) throw new UsageError('output.is-input', msg.fs.overwriteInput(rule.flag, path, input), { path });
  }
  if (rule.force || !s.isFile()) return;
  if (!(await rule.ownOutput(path))) throw new UsageError('output.refused', msg.fs.overwriteForeign(rule.flag, path), { path });
}
