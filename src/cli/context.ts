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

export interface GlobalFlags {
  debug: boolean;
  json: boolean;
}

/** Progress bars and colour only for a person at a terminal (cli.md). */
export function isInteractive(ctx: CliContext): boolean {
  return Boolean(ctx.stderr.isTTY) && ctx.env.CI !== 'true' && ctx.env.CI !== '1';
}

export function useColour(ctx: CliContext): boolean {
  return isInteractive(ctx) && ctx.env.NO_COLOR === undefined;
}
