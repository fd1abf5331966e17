import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { msg } from '../../messages/index.js';

export function validateCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('validate')
    .description('check a CSV or Excel (.xlsx) export against its instrument and report every issue')
    .argument('<file>', 'CSV or .xlsx file to check')
    .addOption(new Option('--kind <kind>', 'instrument (inferred from the header when left out)').choices(['survey', 'assistance']))
    .option('--mapping <file>', 'JSON mapping file: rename columns, recode values, set constants')
    .option('--encoding <name>', 'force the encoding (utf-8, windows-1251, windows-1252, utf-16le, utf-16be)')
    .option('--sheet <name>', msg.xlsx.sheetOption())
    .option('--report <file>', 'write all issues to FILE.csv or FILE.json')
    .option('--max-issues <n>', 'issues kept in memory and in the report (the rest are counted)', '10000')
    .option('--json', 'print one JSON document on stdout')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { runValidateCommand } = await import('../run/validate.js');
      setExit(await runValidateCommand(file, opts, ctx));
    });
}
