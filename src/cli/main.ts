/**
 * The command line: parses argv with commander, runs one command, and turns whatever
 * happens into an exit code of docs/cli.md. Nothing below cli/ writes to the terminal or exits.
 * Commands are defined in cli/commands/*.ts, loaded only for the command that runs (all of them
 * for `bulletin --help` or an unknown command); their implementations are imported lazily too,
 * so that `bulletin validate` never loads vega or pdfkit.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, isBulletinError, type ExitCode } from '../errors.js';
import { msg } from '../messages/index.js';
import type { CliContext } from './context.js';
import { safeStream } from './terminal.js';
import { TOOL_VERSION } from '../version.js';

type MakeCommand = (ctx: CliContext, setExit: (code: number) => void) => Command;

/** The commands in the order of `--help`, each defined by its module in cli/commands/. */
const COMMANDS = new Map<string, () => Promise<MakeCommand>>([
  ['build', async () => (await import('./commands/build.js')).buildCommand],
  ['validate', async () => (await import('./commands/validate.js')).validateCommand],
  ['query', async () => (await import('./commands/query.js')).queryCommand],
  ['sample', async () => (await import('./commands/sample.js')).sampleCommand],
  ['diff', async () => (await import('./commands/diff.js')).diffCommand],
  ['mapping', async () => (await import('./commands/mapping.js')).mappingCommand],
  ['init', async () => (await import('./commands/init.js')).initCommand],
]);

export async function main(argv: string[], given: CliContext): Promise<number> {
  // everything printed goes through one escape of control characters (cli/terminal.ts)
  const ctx: CliContext = { ...given, stdout: safeStream(given.stdout), stderr: safeStream(given.stderr) };
  const debug = argv.includes('--debug');
  const json = argv.includes('--json');
  const program = new Command('bulletin')
    .description(msg.cli.description())
    .version(TOOL_VERSION, '-V, --version')
    .option('--debug', msg.cli.debugOption())
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => {
        if (!json) ctx.stderr.write(s);
      },
    });
  let exitCode: number = EXIT.OK;
  const setExit = (code: number) => {
    exitCode = code;
  };
  // the command named first (the only global option, --debug, takes no value); every one when none is
  const named = argv.find((a) => !a.startsWith('-'));
  const loaders = named !== undefined && COMMANDS.has(named) ? [COMMANDS.get(named)!] : [...COMMANDS.values()];
  for (const make of await Promise.all(loaders.map((load) => load()))) {
    const cmd = make(ctx, setExit).exitOverride().configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => {
        if (!json) ctx.stderr.write(s);
      },
    });
    cmd.option('--debug', msg.cli.debugOption());
    program.addCommand(cmd);
  }
  program.action(() => {
    program.outputHelp();
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    return reportError(e, ctx, { debug, json });
  }
}

function reportError(e: unknown, ctx: CliContext, flags: { debug: boolean; json: boolean }): ExitCode {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
      return EXIT.OK;
    }
    if (flags.json) writeJsonError(ctx, 'usage', e.message.replace(/^error: /, ''), EXIT.USAGE);
    return EXIT.USAGE;
  }
  if (isBulletinError(e)) {
    if (flags.json) writeJsonError(ctx, e.code, e.message, e.exitCode, e.details);
    else ctx.stderr.write(`bulletin: ${e.message}\n`);
    if (flags.debug && e.stack) ctx.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  if (flags.json) writeJsonError(ctx, 'internal', msg.cli.internal(message), EXIT.INTERNAL);
  else ctx.stderr.write(`bulletin: ${msg.cli.internal(message)}\n`);
  if (flags.debug && e instanceof Error && e.stack) ctx.stderr.write(`${e.stack}\n`);
  else if (!flags.json) ctx.stderr.write(`${msg.cli.rerunWithDebug()}\n`);
  return EXIT.INTERNAL;
}

function writeJsonError(
  ctx: CliContext,
  code: string,
  message: string,
  exitCode: number,
  details?: Record<string, unknown>,
): void {
  ctx.stdout.write(`${JSON.stringify({ error: { code, exitCode, message, ...(details ?? {}) } })}\n`);
}
