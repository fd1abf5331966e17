/** Reads and checks a mapping file (`--mapping FILE`); any problem is a UsageError (exit 2). */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { msg } from '../messages/index.js';
import { checkJson } from '../schema/data-file.js';
import { mappingSchema, type Mapping } from '../schema/mapping.js';

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(top level)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
}

/** Parses the text of a mapping file. `path` only names the file in messages. */
export function parseMapping(text: string, path: string): Mapping {
  const r = checkJson(text, mappingSchema);
  if (!r.ok && r.stage === 'json') {
    throw new UsageError('mapping.json', `mapping file ${path} is not valid JSON: ${r.reason}`, { path });
  }
  if (!r.ok) {
    const first = r.error.issues[0];
    const where = first ? issuePath(first.path) : '(top level)';
    const what = first ? first.message : 'invalid';
    throw new UsageError('mapping.invalid', `mapping file ${path}: ${where}: ${what}`, {
      path,
      issues: r.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message })),
    });
  }
  return r.data;
}

export async function loadMapping(path: string): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError('mapping.unreadable', `cannot read mapping file ${path}: ${code === 'ENOENT' ? 'no such file' : msg.fs.cause(code, (e as Error).message)}`, {
      path,
    });
  }
  return parseMapping(text, path);
}
