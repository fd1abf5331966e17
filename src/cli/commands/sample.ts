import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';

export function sampleCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('sample')
    .description('write synthetic data in the canonical form, deterministic for a seed')
    .addOption(
      new Option('--kind <kind>', 'which file: survey, assistance, all (both), invalid (survey-invalid.csv)')
        .choices(['survey', 'assistance', 'all', 'invalid'])
        .default('all'),
    )
    .option('--rows <n>', 'survey rows (default 4000); assistance: this many alone, half with --kind all, the seed bulletin\'s exact records when left out')
    .option('--seed <s>', 'random seed (a whole number)', '1')
    .option('--out <dir>', 'output directory', 'data-samples')
    .option('--weighted', 'add a sampling weight column to the survey')
    .option('--force', 'replace survey.csv / assistance.csv / survey-invalid.csv in --out even though sample did not write them')
    .option('--json', 'print a JSON summary')
    .action(async (opts: Record<string, unknown>) => {
      const { runSampleCommand } = await import('../run/sample.js');
      setExit(await runSampleCommand(opts, ctx));
    });
}
