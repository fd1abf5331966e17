import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { msg } from '../../messages/index.js';

export function mappingCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  return new Command('mapping')
    .description(msg.mapping.description())
    .argument('<form>', 'XLSForm (.xlsx) with survey and choices sheets')
    .addOption(new Option('--kind <kind>', msg.mapping.kindOption()).choices(['survey', 'assistance']))
    .option('--out <file>', msg.mapping.outOption())
    .option('--export <file>', msg.mapping.exportOption())
    .option('--sheet <name>', msg.xlsx.sheetOption())
    .option('--force', msg.mapping.forceOption())
    .action(async (form: string, opts: Record<string, unknown>) => {
      const { runMappingCommand } = await import('../run/mapping.js');
      setExit(await runMappingCommand(form, opts, ctx));
    });
}
