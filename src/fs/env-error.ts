/**
 * A failure of the environment (disk full, read-only file system, permissions, a busy mount
 * point, a name too long …) as a UsageError (exit 2) naming the path and the real cause — never
 * an internal error. Errors that are already BulletinErrors pass through.
 */
import { isBulletinError, UsageError, type BulletinError } from '../errors.js';
import { msg } from '../messages/index.js';

export function errnoOf(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for errors of the system (an errno code), as opposed to bugs. */
export function isSystemError(e: unknown): boolean {
  const code = errnoOf(e);
  return code !== undefined && /^E[A-Z0-9]+$/.test(code);
}

/** `cannot <action> <path>: <cause> (<CODE>)`, exit 2. */
export function envError(action: string, path: string, e: unknown): BulletinError {
  if (isBulletinError(e)) return e;
  const code = errnoOf(e);
  const cause = msg.fs.cause(code, e instanceof Error ? e.message : String(e));
  return new UsageError(`fs.${(code ?? 'error').toLowerCase()}`, msg.fs.failed(action, path, cause), { path, ...(code ? { errno: code } : {}) });
}
