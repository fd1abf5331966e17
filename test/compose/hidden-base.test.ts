/**
 * A figure whose base would give a hidden count away says in words that it is withheld, never
 * prints no base: the publication check's `figure.no-base` must stay silent on any data
 * `bulletin sample` makes. `sample --rows 800 --seed 11` gives such a figure in bulletin 6
 * (assisted voluntary returns of one office by country of return: one count shown, three hidden,
 * no total row, so the sum would undo the hiding).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBulletin } from '../../src/compose/document.js';
import type { Block, FigureBlock, TableBlock } from '../../src/render/model.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare } from '../../src/pipeline/prepare.js';
import { writeSamples } from '../../src/sample/write-samples.js';

const ROOT = join(import.meta.dirname, '..', '..');
const WITHHELD = { en: 'n not shown, to protect small counts', ru: 'n не приводится для защиты малых чисел' };
let figures: Record<'en' | 'ru', FigureBlock[]>;
let tables: Record<'en' | 'ru', TableBlock[]>;
let all: Record<'en' | 'ru', Block[]>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hidden-base-'));
  await writeSamples({ kind: 'all', rows: 800, seed: 11, outDir: dir, weighted: false });
  const opts = parseBuildOptions({ survey: [join(dir, 'survey.csv')], assistance: [join(dir, 'assistance.csv')], bulletin: '6' }, ROOT);
  const p = await prepare(opts, ROOT, () => undefined);
  const t = p.todo.find((x) => x.template.number === 6)!;
  const blocks = { en: composeBulletin(p.composeInput(t, 'en')).doc.blocks, ru: composeBulletin(p.composeInput(t, 'ru')).doc.blocks };
  all = blocks;
  figures = { en: blocks.en.filter((b): b is FigureBlock => b.type === 'figure'), ru: blocks.ru.filter((b): b is FigureBlock => b.type === 'figure') };
  tables = { en: blocks.en.filter((b): b is TableBlock => b.type === 'table'), ru: blocks.ru.filter((b): b is TableBlock => b.type === 'table') };
}, 300_000);

describe('a base that would reveal a hidden count', () => {
  it('is printed hidden, in both languages, and every figure prints a base', () => {
    for (const lang of ['en', 'ru'] as const) {
      expect(figures[lang].filter((f) => !f.base).map((f) => f.id)).toEqual([]);
      expect(figures[lang].find((f) => f.id.endsWith('avr-return-country') && f.base === WITHHELD[lang])?.id).toMatch(/^b6-kaz-/);
    }
  });

  it('a table that shows a hidden mark says what it means, in both languages', () => {
    const mark = { en: '“–”', ru: '«–»' };
    for (const lang of ['en', 'ru'] as const) {
      const hiding = tables[lang].filter((t) => t.rows.some((r) => r.some((c) => c === '–')));
      expect(hiding.length).toBeGreaterThan(0);
      for (const t of hiding) expect((t.notes ?? []).some((n) => n.includes(mark[lang])), t.caption).toBe(true);
    }
  });

  it('a key figure shown as "–" is explained right under its strip, in both languages', () => {
    const mark = { en: '“–”', ru: '«–»' };
    for (const lang of ['en', 'ru'] as const) {
      const at = all[lang].flatMap((b, i) => (b.type === 'keyFigures' && b.items.some((k) => k.value === '–') ? [i] : []));
      expect(at.length).toBeGreaterThan(0);
      for (const i of at) {
        const next = all[lang][i + 1];
        expect(next?.type === 'paragraph' && JSON.stringify(next.text).includes(mark[lang])).toBe(true);
      }
    }
  });
});
