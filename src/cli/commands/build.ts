import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { msg } from '../../messages/index.js';

// kept as given: build-options.ts splits on commas (and says so when a list names nothing)
const collect = (v: string, prev: string[] = []) => [...prev, v];

export function buildCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('build')
    .description('build the bulletins (PDF in English and Russian, charts, tables, manifest)')
    .option('--survey <file...>', 'survey exports (several are concatenated); default data-samples/survey.csv', collect)
    .option('--assistance <file...>', 'assistance records; default data-samples/assistance.csv', collect)
    .option('--config <file>', 'JSON configuration file (the same keys as the flags)')
    .option('--mapping <file>', 'JSON mapping file')
    .option('--sheet <name>', msg.xlsx.sheetOption())
    .option('--rates <file>', 'exchange rates to USD (month,currency,per_usd[,basis,source]) instead of the bundled table')
    .option('--bulletin <list>', 'bulletins to build: 1,2,...|all (default: all)')
    .option('--country <list>', 'countries: KGZ,TJK,...|all (default: all)')
    .option('--lang <list>', 'languages: en,ru (default: both)')
    .option('--period <range>', 'YYYY-MM or YYYY-MM..YYYY-MM')
    .option('--min-cell <n>', 'small-count threshold; 0 turns suppression off (default: 5)')
    .option('--content <dir>', 'content folder: the analyst\'s text, photos and content.json (see `bulletin init`)')
    .option('--out <dir>', 'output directory (default: ./out)')
    .option('--baseline <dir>', "an earlier build's --out: compare this round with it (tables/changes.csv, change sentences)")
    .option('--strict', 'fail the build (exit 1) when any row is rejected or the content has a warning')
    .option('--formats <list>', 'chart files to write: svg,png,vega-lite (default: all three)')
    .option('--cutoff <date>', 'data cut-off YYYY-MM-DD: a date after it (or before 2000) is an error (default: today)')
    .option('--no-cache', 'do not read or write the validated cache')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: Record<string, unknown>) => {
      const { runBuildCommand } = await import('../run/build.js');
      setExit(await runBuildCommand(opts, ctx));
    });
}
