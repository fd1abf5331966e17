// docs/bulletins.md: what each bulletin shows is generated from its template (templates/NN-*.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { TEMPLATE_DIR, templateFiles } from '../../src/schema/bulletins.js';
import { templateSchema, type FigureSpec } from '../../src/schema/template.js';
import { expectGeneratedSection } from '../helpers/generated-section.js';

const figure = (f: FigureSpec): string => `| ${f.caption.en}${f.alone ? ' (one-country bulletin only)' : ''} | ${f.chart} | \`${f.indicator}\` |`;

function bulletinList(): string {
  return templateFiles()
    .map(({ name }) => templateSchema.parse(JSON.parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8'))))
    .map((t) =>
      [
        `### ${t.number}. ${t.title.en} (${t.title.ru})`,
        '',
        `\`templates/${t.id}.json\`; instrument \`${t.population}\`; ${t.narrative.length} narrative sentence(s) per country.`,
        '',
        'Every country section:',
        '',
        '| figure | chart | indicator |',
        '|---|---|---|',
        ...t.figures.map(figure),
        '',
        'Regional comparison:',
        '',
        '| figure | chart | indicator |',
        '|---|---|---|',
        ...t.regional.figures.map(figure),
      ].join('\n'),
    )
    .join('\n\n');
}

describe('docs/bulletins.md', () => {
  it('lists the figures of every bulletin as its template declares them', () => {
    expectGeneratedSection('docs/bulletins.md', 'bulletin-figures', bulletinList());
  });
});
