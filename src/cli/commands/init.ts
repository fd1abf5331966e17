import { Command } from 'commander';
import type { CliContext } from '../context.js';

export function initCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('init')
    .description('write a ready-to-edit content folder (the analyst\'s text, photos, logos) for `build --content`')
    .argument('[dir]', 'the folder to write', 'content')
    .option('--bulletin <list>', 'bulletins: 1,2,...|all (default: all)')
    .option('--json', 'print a JSON summary')
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { runInitCommand } = await import('../run/init.js');
      setExit(await runInitCommand(dir, opts, ctx));
    });
}
