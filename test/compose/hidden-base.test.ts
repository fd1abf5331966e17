/**
 * A figure whose base would give a hidden count away prints it hidden (`n = –`, the mark its note
 * explains), never no base: the publication check's `figure.no-base` must stay silent on any data
 * `bulletin sample` makes. `sample --rows 800 --seed 11` gives such a figure in bulletin 6
 * (assisted voluntary returns of one office by country of return: one count shown, three hidden,
 * no total row, so the sum would undo the hiding).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBulletin } from '../../src/compose/document.js';
import type { FigureBlock } from '../../src/render/model.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare } from '../../src/pipeline/prepare.js';
import { writeSamples } from '../../src/sample/write-samples.js';

const ROOT = join(import.meta.dirname, '..', '..');
const HIDDEN_N = 'n\u00a0=\u00a0–';
let figures: Record<'en' | 'ru', FigureBlock[]>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hidden-base-'));
  await writeSamples({ kind: 'all', rows: 800, seed: 11, outDir: dir, weighted: false });
  const opts = parseBuildOptions({ survey: [join(dir, 'survey.csv')], assistance: [join(dir, 'assistance.csv')], bulletin: '6' }, ROOT);
  const p = await prepare(opts, ROOT, () => undefined);
  const t = p.todo.find((x) => x.template.number === 6)!;
  const of = (lang: 'en' | 'ru') => composeBulletin(p.composeInput(t, lang)).doc.blocks.filter((b): b is FigureBlock => b.type === 'figure');
  figures = { en: of('en'), ru: of('ru') };
}, 300_000);

describe('a base that would reveal a hidden count', () => {
  it('is printed hidden, in both languages, and every figure prints a base', () => {
    for (const lang of ['en', 'ru'] as const) {
      expect(figures[lang].filter((f) => !f.base).map((f) => f.id)).toEqual([]);
      expect(figures[lang].find((f) => f.id.endsWith('avr-return-country') && f.base === HIDDEN_N)?.id).toMatch(/^b6-kaz-/);
    }
  });
});
