import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { msg } from '../../messages/index.js';

export function validateCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('validate')
    .description('check CSV or Excel (.xlsx) exports against their instrument and report every issue')
    .argument('<files...>', 'CSV or .xlsx files to check (`-` = standard input); several are checked as one export: an id used in two is a row.duplicate-id')
    .addOption(new Option('--kind <kind>', 'instrument (inferred from the header when left out)').choices(['survey', 'assistance']))
    .option('--mapping <file>', 'JSON mapping file: rename columns, recode values, set constants')
    .option('--encoding <name>', 'force the encoding (utf-8, windows-1251, windows-1252, utf-16le, utf-16be)')
    .option('--sheet <name>', msg.xlsx.sheetOption())
    .option('--report <file>', 'write all issues to FILE.csv or FILE.json (never over an input; over a file bulletin did not write only with --force)')
    .option('--cutoff <date>', 'data cut-off YYYY-MM-DD: a date after it (or before 2000) is an error (default: today)')
    .option('--force', 'replace the --report file even though bulletin did not write it')
    .option('--max-issues <n>', 'issues kept in memory and in the report (the rest are counted)', '10000')
    .option('--json', 'print one JSON document on stdout')
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { runValidateCommand } = await import('../run/validate.js');
      setExit(await runValidateCommand(files, opts, ctx));
    });
}
