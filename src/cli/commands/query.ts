import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { msg } from '../../messages/index.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function queryCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('query')
    .description('aggregates from any CSV or Excel (.xlsx) export, canonical or not')
    .argument('<file>', 'CSV or .xlsx file to query')
    .addOption(new Option('--kind <kind>', 'instrument, or raw for any export').choices(['survey', 'assistance', 'raw']))
    .option('--mapping <file>', 'JSON mapping file')
    .option('--encoding <name>', 'force the encoding')
    .option('--sheet <name>', msg.xlsx.sheetOption())
    .option('--by <cols>', 'group by these columns (comma-separated)')
    .option('--stat <stat>', 'count|share|mean:COL|median:COL|sum:COL|min:COL|max:COL', 'count')
    .option('--where <expr>', 'filter: COL=V1,V2 COL!=V COL>=N COL>N COL<=N COL<N (repeatable, ANDed)', collect, [])
    .option('--weight <col>', 'weight column')
    .option('--ci', '95% confidence intervals for shares')
    .option('--min-cell <n>', 'suppress cells with an unweighted base below N')
    .addOption(new Option('--format <fmt>', 'output format').choices(['table', 'csv', 'json', 'ndjson']))
    .option('--no-cache', 'do not read or write the validated cache')
    .option('--json', 'same as --format json')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { runQueryCommand } = await import('../run/query.js');
      setExit(await runQueryCommand(file, opts, ctx));
    });
}
