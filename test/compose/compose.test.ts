/**
 * Golden DocModels of bulletins 1 (Russian) and 6 (English) composed from the small fixtures:
 * deterministic intermediates only (figure SVGs are drawn later by the pipeline and are empty here).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBulletin, type ComposedBulletin } from '../../src/compose/document.js';
import type { DocModel, FigureBlock, HeadingBlock, TableBlock } from '../../src/render/model.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare, type Prepared } from '../../src/pipeline/prepare.js';

const ROOT = join(import.meta.dirname, '..', '..');
let p: Prepared;
let b6en: ComposedBulletin;
let b1ru: ComposedBulletin;

beforeAll(async () => {
  const opts = parseBuildOptions(
    { survey: ['test/pipeline/fixtures/survey-small.csv'], assistance: ['test/pipeline/fixtures/assistance-small.csv'], bulletin: '1,6' },
    ROOT,
  );
  p = await prepare(opts, ROOT, () => undefined);
  const t = (n: number) => p.todo.find((x) => x.template.number === n)!;
  b6en = composeBulletin(p.composeInput(t(6), 'en'));
  b1ru = composeBulletin(p.composeInput(t(1), 'ru'));
}, 300_000);

const figures = (d: DocModel) => d.blocks.filter((b): b is FigureBlock => b.type === 'figure');
const headings = (d: DocModel) => d.blocks.filter((b): b is HeadingBlock => b.type === 'heading');

describe('composition', () => {
  it('matches the golden DocModels', async () => {
    await expect(`${JSON.stringify(b6en.doc, null, 2)}\n`).toMatchFileSnapshot('golden/b6-en.docmodel.json');
    await expect(`${JSON.stringify(b1ru.doc, null, 2)}\n`).toMatchFileSnapshot('golden/b1-ru.docmodel.json');
    const charts = b6en.figures.map((f) => ({ id: f.id, number: f.number, chart: f.data.chart, base: f.data.base }));
    await expect(`${JSON.stringify(charts, null, 2)}\n`).toMatchFileSnapshot('golden/b6-en.chart-inputs.json');
  });

  it('gives each bulletin the period of its own population\'s data on the cover', () => {
    for (const [n, doc] of [[1, b1ru.doc], [6, b6en.doc]] as const) {
      const input = p.composeInput(p.todo.find((x) => x.template.number === n)!, doc.lang);
      const last = input.facts.map((f) => f.to).sort().at(-1)!;
      expect(doc.creationDate, `bulletin ${n}`).toBe(last);
    }
  });

  it('numbers figures consecutively through the document, each with base and source', () => {
    for (const [doc, word, source] of [
      [b6en.doc, 'Figure', 'Source: IOM direct assistance records'],
      [b1ru.doc, 'Рисунок', 'Источник: обследование DTM, раунд R1'],
    ] as const) {
      const figs = figures(doc);
      expect(figs.length).toBeGreaterThanOrEqual(5);
      figs.forEach((f, i) => {
        expect(f.number).toBe(i + 1);
        expect(f.caption.startsWith(`${word} ${i + 1}: `)).toBe(true);
        expect(f.source).toBe(source);
        expect(f.base).toMatch(/^n\u00a0=\u00a0\d/);
      });
    }
  });

  it('opens one section per country, in section order (on a new page unless a good part of the page is free), then the regional comparison', () => {
    const level1 = headings(b6en.doc).filter((h) => h.level === 1 && (h.newPage || h.keepSpace !== undefined));
    expect(level1.map((h) => h.text)).toEqual(['Kyrgyzstan', 'Kazakhstan', 'Regional comparison', 'Glossary']);
    // The first section too shares the methodology box's page when enough of it is free.
    for (const h of level1) expect(h.keepSpace).toBeGreaterThanOrEqual(0.18);
    expect(figures(b6en.doc).map((f) => f.id)).toContain('b6-kgz-sex');
    expect(figures(b6en.doc).map((f) => f.id)).toContain('b6-all-sex');
  });

  it('writes every number of the opening narrative from the results', () => {
    const text = b6en.doc.blocks.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text);
    const kgz = p.composeInput(p.todo.find((x) => x.template.number === 6)!, 'en').facts.find((f) => f.country === 'KGZ')!;
    expect(text.some((s) => s.includes(`In total, IOM assistance within the project reached ${kgz.records} vulnerable migrants affected by the COVID-19 pandemic (`))).toBe(true);
  });

  it('sets the narrative as a few paragraphs, not one per sentence', async () => {
    const { paragraphsOf } = await import('../../src/compose/narrative.js');
    const short = 'A short sentence of some forty characters.';
    const long = 'x'.repeat(260);
    expect(paragraphsOf([short, short, long, short, long])).toEqual([`${short} ${short} ${long}`, `${short} ${long}`]);
    expect(paragraphsOf([long, long])).toEqual([long, long]);
    expect(paragraphsOf([])).toEqual([]);
  });

  it('notes non-response and multiple answers under the figures that need it', () => {
    // The "don't know left out" note stands where someone's answer was left out, and only there.
    const nonResponse = /без учёта ответов «затрудняюсь ответить»/;
    const input = p.composeInput(p.todo.find((x) => x.template.number === 1)!, 'ru');
    const records = (c: string) => input.facts.find((f) => f.country === c)!.records;
    let seen = 0;
    for (const plan of b1ru.figures) {
      const ind = p.info.get(plan.indicator)!;
      if (ind.base !== 'valid' || (ind.where ?? []).length > 0 || plan.country === null || plan.data.base === null) continue;
      const notes = (b1ru.doc.blocks[plan.block] as FigureBlock).notes.join(' ');
      expect(nonResponse.test(notes), plan.id).toBe(plan.data.base < records(plan.country));
      seen += 1;
    }
    expect(seen).toBeGreaterThan(2);
    // types of assistance: a cross table of counts by country in the regional comparison
    const types = b6en.doc.blocks.find((b): b is TableBlock => b.type === 'table' && /Types of assistance received, by country/.test(b.caption ?? ''))!;
    // Counts: the several-answers note speaks of counts, never of percentages.
    expect((types.notes ?? []).join(' ')).toMatch(/counted in several categories; the counts may add up/);
    expect((types.notes ?? []).join(' ')).not.toMatch(/%|percentages/);
  });

  it('writes no sentence with a hidden number ("<5", "–") and no age that a hidden age group would give away', () => {
    for (const doc of [b6en.doc, b1ru.doc]) {
      const text = doc.blocks.flatMap((b) => (b.type === 'paragraph' && typeof b.text === 'string' ? [b.text] : []));
      for (const t of text) expect(t).not.toMatch(/<\d|\(–|\/–| – (boys|girls|мальчик|девоч)/);
    }
    const text = b6en.doc.blocks.flatMap((b) => (b.type === 'paragraph' && typeof b.text === 'string' ? [b.text] : []));
    expect(text.some((t) => /aged \d+ to 69/.test(t))).toBe(false);
  });
});
