/** Side effects handed to every command, so that commands can be run in-process by tests. */
export interface Writable {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliContext {
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** Working directory that relative paths are resolved against. */
  cwd?: string;
}

/**
 * Progress bars only for a person at a terminal (docs/cli.md). The CLI writes no colour at all, so
 * there is nothing for NO_COLOR to turn off.
 */
export function isInteractive(ctx: CliContext): boolean {
  return Boolean(ctx.stderr.isTTY) && ctx.env.CI !== 'true' && ctx.env.CI !== '1';
}
