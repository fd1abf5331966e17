import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';

export function sampleCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('sample')
    .description('write synthetic data in the canonical form, deterministic for a seed')
    .addOption(new Option('--kind <kind>', 'which instrument').choices(['survey', 'assistance', 'all']).default('all'))
    .option('--rows <n>', 'number of rows (survey; assistance gets half)')
    .option('--seed <s>', 'random seed', '1')
    .option('--out <dir>', 'output directory', 'data-samples')
    .option('--json', 'print a JSON summary')
    .action(async (opts: Record<string, unknown>) => {
      const { runSampleCommand } = await import('../run/sample.js');
      setExit(await runSampleCommand(opts, ctx));
    });
}
