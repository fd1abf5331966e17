/**
 * `bulletin mapping FORM.xlsx [--kind K] [--out FILE] [--export FILE]`: reads the XLSForm, proposes
 * the mapping to the instrument (mapping/propose.ts), prints the review table, writes the mapping
 * file (or prints it on stdout), and with --export checks it against an export of the form.
 */
import { resolve } from 'node:path';
import { EXIT } from '../../errors.js';
import { checkExport } from '../../mapping/check-export.js';
import { figuresByColumn } from '../../mapping/figures.js';
import { propose, type Proposal } from '../../mapping/propose.js';
import { exportText, reviewText } from '../../mapping/review.js';
import { writeMapping } from '../../mapping/write-mapping.js';
import { readXlsForm } from '../../mapping/xlsform.js';
import { msg } from '../../messages/index.js';
import { INSTRUMENTS, type InstrumentKind } from '../../schema/instruments.js';
import { mappingSchema } from '../../schema/mapping.js';
import type { CliContext } from '../context.js';

/** The instrument the form matches best: more questions mapped, then more required columns. */
function bestKind(props: Proposal[]): Proposal {
  const key = (p: Proposal) => p.decisions.length * 1000 + p.decisions.filter((d) => INSTRUMENTS[p.kind].byName.get(d.column)?.required).length;
  return props.reduce((a, b) => (key(b) > key(a) ? b : a));
}

export async function runMappingCommand(formPath: string, flags: Record<string, unknown>, ctx: CliContext): Promise<number> {
  const cwd = ctx.cwd ?? process.cwd();
  const form = await readXlsForm(resolve(cwd, formPath));
  const kinds: InstrumentKind[] = typeof flags.kind === 'string' ? [flags.kind as InstrumentKind] : ['survey', 'assistance'];
  const proposal = bestKind(kinds.map((k) => propose(form, INSTRUMENTS[k])));
  const doc = { $comment: msg.mapping.comment(formPath), ...proposal.mapping };
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  mappingSchema.parse(doc); // what --mapping will read: a bug here is ours

  const review = reviewText(proposal, formPath, form.questions.length, figuresByColumn(proposal.kind));
  const out = typeof flags.out === 'string' ? flags.out : undefined;
  const exportFile = typeof flags.export === 'string' ? flags.export : undefined;
  const report = out !== undefined ? ctx.stdout : ctx.stderr;
  report.write(review);
  if (out !== undefined) {
    const inputs = [formPath, ...(exportFile !== undefined ? [exportFile] : [])].map((p) => resolve(cwd, p));
    await writeMapping(resolve(cwd, out), text, inputs, flags.force === true);
    report.write(`\n${msg.mapping.written(out)}\n`);
  } else ctx.stdout.write(text);
  if (exportFile !== undefined) {
    const check = await checkExport(resolve(cwd, exportFile), typeof flags.sheet === 'string' ? { sheet: flags.sheet } : {}, INSTRUMENTS[proposal.kind], mappingSchema.parse(doc));
    report.write(`\n${exportText(check)}`);
  }
  return EXIT.OK;
}
