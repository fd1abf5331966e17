import { Command } from 'commander';
import type { CliContext } from '../context.js';

export function diffCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('diff')
    .description('what changed between two builds (significant changes first, figures added or removed, inputs and options)')
    .argument('<old>', "the earlier build's --out directory")
    .argument('<new>', "the later build's --out directory")
    .option('--format <format>', 'markdown, json or csv', 'markdown')
    .action(async (oldDir: string, newDir: string, opts: Record<string, unknown>) => {
      const { runDiffCommand } = await import('../run/diff.js');
      setExit(await runDiffCommand(oldDir, newDir, opts, ctx));
    });
}
