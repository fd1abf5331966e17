import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/analyse/registry.js';
import { loadTemplate, loadTemplates } from '../../src/compose/load-templates.js';
import { TEMPLATE_DIR } from '../../src/schema/bulletins.js';
import { UsageError } from '../../src/errors.js';

const ids = new Set(loadRegistry().map((i) => i.id));

function broken(edit: (t: any) => void): () => unknown {
  const t = JSON.parse(readFileSync(join(TEMPLATE_DIR, '06-direct-assistance.json'), 'utf8'));
  edit(t);
  const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
  const path = join(dir, '06-direct-assistance.json');
  writeFileSync(path, JSON.stringify(t));
  return () => loadTemplate(path, 'templates/06-direct-assistance.json', ids);
}

describe('templates', () => {
  it('loads the six bulletins, numbered 1 to 6, each with at least five figures', () => {
    const all = loadTemplates(ids);
    expect(all.map((t) => t.template.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const { template } of all) expect(template.figures.filter((f) => f.chart !== 'table').length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a sentence that opens with a figure, naming the template and the sentence', () => {
    const load = broken((t) => (t.narrative[0].en = '{total|number} people were assisted.'));
    expect(load).toThrow(UsageError);
    expect(load).toThrow(/06-direct-assistance\.json: narrative\[0\]\.en: the sentence opens with a figure \(\{total\|number\}\)/);
    expect(broken((t) => (t.narrative[0].en = 'In all, {total|number} were assisted. 12 more were not.'))).toThrow(/opens with a figure \(12 more/);
    expect(broken((t) => (t.narrative[0].en = '[Of them, ]{total|percent} were men.'))).toThrow(/opens with a figure/);
    expect(broken((t) => (t.narrative[0].en = 'In all, {total|number} people were assisted.'))).not.toThrow();
  });

  it('refuses a top-answer slot of a figure that would take the rest of its sentence with it, unless an else wording does without it', () => {
    // 06: vuln_top names the top vulnerability, drawn as a figure; alone in its sentence it may go
    const withTotal = 'Of the {total|plural:person,people} assisted, the vulnerability recorded most often was {vuln_top|label}.';
    const load = broken((t) => (t.narrative[8].en = withTotal));
    expect(load).toThrow(/narrative\[8\]\.en: slot "vuln_top" names the top answer of a figure/);
    expect(broken((t) => (t.narrative[8].en = 'Of the {total|plural:person,people} assisted[, the vulnerability recorded most often was {vuln_top|label}].'))).not.toThrow();
    expect(
      broken((t) => {
        t.narrative[8].en = withTotal;
        t.narrative[8].else = [{ en: 'In all, {total|plural:person,people} were assisted.', ru: 'Всего помощь получили {total|plural:человек,человека,человек}.' }];
      }),
    ).not.toThrow();
  });

  it('makes every key figure that prints a count declare its label’s word forms, in both languages', () => {
    expect(broken((t) => (t.keyFigures[3].label.ru = 'партнёрских организаций'))).toThrow(/keyFigures\[3\]\.label\.ru: the label under the count "partners" must give its word forms/);
    expect(broken((t) => (t.keyFigures[3].label.ru = '{partners|noun:партнёрская организация,партнёрских организаций}'))).toThrow(/lists 2 plural forms for ru/);
    expect(broken((t) => (t.keyFigures[3].label.en = 'implementing partners'))).toThrow(/keyFigures\[3\]\.label\.en/);
    // the six templates' count key figures all do (they load)
    const all = loadTemplates(ids).flatMap(({ template }) => template.keyFigures);
    const counts = all.filter((k) => /^\{[a-z_]+\}$/.test(k.value) && !/median/.test(k.value));
    expect(counts.length).toBeGreaterThanOrEqual(9);
    for (const k of counts) for (const lang of ['en', 'ru'] as const) expect(k.label[lang]).toMatch(/\{[a-z_]+\|noun:/);
  });

  it('names the file, the path, the bad indicator id and the closest valid ids', () => {
    const load = broken((t) => (t.figures[1].indicator = 'b6.sexx'));
    expect(load).toThrow(UsageError);
    expect(load).toThrow(/templates\/06-direct-assistance\.json: figures\[1\]\.indicator: unknown indicator "b6\.sexx"; did you mean "b6\.sex"/);
  });

  it('rejects a slot that is not declared, with the closest slot names', () => {
    const load = broken((t) => (t.narrative[1].en = 'In total, {totl} migrants.'));
    expect(load).toThrow(/narrative\[1\]\.en: unknown slot "totl"; did you mean "total"/);
  });

  it('rejects a Russian plural with two forms instead of three', () => {
    const load = broken((t) => (t.narrative[1].ru = 'Всего {total|plural:мигрант,мигрантов}.'));
    expect(load).toThrow(/slot "total" lists 2 plural forms for ru; ru needs 3/);
  });

  it('rejects an unbalanced optional fragment and a schema violation with exit code 2', () => {
    const load = broken((t) => (t.narrative[0].en = 'In total [{total}.'));
    expect(load).toThrow(/unclosed "\["/);
    try {
      broken((t) => (t.number = 9))();
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).exitCode).toBe(2);
      expect((e as Error).message).toMatch(/number/);
    }
  });
});
