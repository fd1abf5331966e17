/**
 * Typed errors that carry the exit code of docs/cli.md. Library code throws these;
 * only bin/ turns them into a process exit code, through cli/main.ts.
 *
 *   0 done · 1 invalid data · 2 usage / unreadable file / bad configuration · 3 internal error
 */
export const EXIT = { OK: 0, DATA: 1, USAGE: 2, INTERNAL: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class BulletinError extends Error {
  readonly exitCode: ExitCode;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: string, message: string, exitCode: ExitCode, details?: Record<string, unknown>) {
    super(message);
    this.name = 'BulletinError';
    this.code = code;
    this.exitCode = exitCode;
    this.details = details;
  }
}

/** A usage error, an unreadable or missing file, or a bad configuration: exit 2. */
export class UsageError extends BulletinError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, EXIT.USAGE, details);
    this.name = 'UsageError';
  }
}

/** The data are invalid, or a build could not publish because of them: exit 1. */
export class DataError extends BulletinError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, EXIT.DATA, details);
    this.name = 'DataError';
  }
}

export function isBulletinError(e: unknown): e is BulletinError {
  return e instanceof BulletinError;
}
