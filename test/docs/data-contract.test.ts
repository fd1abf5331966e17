// docs/data-contract.md: the column tables of both instruments are generated from src/schema/.
import { describe, it } from 'vitest';
import { INSTRUMENTS, type Column, type InstrumentKind } from '../../src/schema/instruments.js';
import { expectGeneratedSection } from '../helpers/generated-section.js';

const TYPES: Record<Column['type'], string> = {
  id: 'text, unique in the file',
  text: 'text',
  date: 'date',
  iso3: 'ISO 3166-1 alpha-3',
  currency: 'ISO 4217',
  admin1: 'province: ISO 3166-2 code or name',
  code: 'one code',
  yesno: 'yes / no',
  integer: 'integer',
  number: 'number',
  multi: 'select_multiple',
};

function range(c: Column): string {
  if (c.minDate !== undefined || c.maxDate !== undefined) {
    const max = c.maxDate === 'cutoff' ? 'the data cut-off' : c.maxDate;
    return `${c.minDate ?? 'any date'} to ${max ?? 'any date'}`;
  }
  if (c.min === undefined && c.max === undefined) return '';
  if (c.max === undefined) return c.exclusiveMin ? `> ${c.min}` : `≥ ${c.min}`;
  if (c.min === undefined) return `≤ ${c.max}`;
  return c.exclusiveMin ? `> ${c.min}, ≤ ${c.max}` : `${c.min}–${c.max}`;
}

function row(c: Column): string {
  const codes = (c.codes ?? []).map((k) => `\`${k.code}\``).join(', ');
  const form = c.pattern !== undefined ? `form \`${c.pattern}\`` : '';
  const values = [codes, form, range(c), c.nonResponse ? '(+ `dnk`, `pnta`)' : '', c.default !== undefined ? `default \`${c.default}\`` : '']
    .filter((s) => s !== '')
    .join(' ');
  const asked = c.asked === undefined ? '' : `${c.asked === 'returnee' ? 'returnees' : 'stranded migrants'}`;
  return `| \`${c.name}\` | ${TYPES[c.type]} | ${c.required ? 'yes' : ''} | ${values} | ${asked} | ${c.label.en} |`;
}

function columnTable(kind: InstrumentKind): string {
  const inst = INSTRUMENTS[kind];
  return [
    '| column | type | required | codes / range | asked of | label (EN) |',
    '|---|---|---|---|---|---|',
    ...inst.columns.map(row),
    '',
    'Rules across columns:',
    '',
    ...inst.rules.map((r) => `- \`${r.id}\` (${r.severity}): ${r.description}`),
  ].join('\n');
}

describe('docs/data-contract.md', () => {
  it.each(['survey', 'assistance'] as const)('lists the columns and rules of %s as src/schema declares them', (kind) => {
    expectGeneratedSection('docs/data-contract.md', `${kind}-columns`, columnTable(kind));
  });
});
