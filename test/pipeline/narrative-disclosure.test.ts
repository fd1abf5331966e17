/**
 * The narrative under disclosure control, on the bundled assistance records (bulletin 6):
 * - `--min-cell 0` publishes every count: the sentences are those of the build before disclosure
 *   control (golden files written by that build) and carry the seed bulletin's numbers;
 * - the narrative route: a number one paragraph hides ("11 minors (– boys/– girls)") is not
 *   printed by another paragraph counting the same people ("11 minors (6 boys/5 girls)");
 * - no sentence names a count of 1–4 people with a sensitive trait.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBulletin } from '../../src/compose/document.js';
import { computeIndicators } from '../../src/analyse/indicators.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare, type Prepared } from '../../src/pipeline/prepare.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { ResultRow } from '../../src/analyse/result.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FLAGS = { assistance: ['data-samples/assistance.csv'], bulletin: '6' };
let full: Prepared;
let safe: Prepared;

const sentences = (p: Prepared, lang: Lang) =>
  composeBulletin(p.composeInput(p.todo[0]!, lang))
    .doc.blocks.filter((b) => b.type === 'paragraph')
    // a paragraph holds several sentences: one a line, so that a changed sentence shows alone
    .flatMap((b) => (b as { text: string }).text.split(/(?<=[.;])\s+(?=[A-ZА-ЯЁ«“"])/u));

beforeAll(async () => {
  full = await prepare(parseBuildOptions({ ...FLAGS, minCell: '0' }, ROOT), ROOT, () => undefined);
  safe = await prepare(parseBuildOptions(FLAGS, ROOT), ROOT, () => undefined);
}, 300_000);

describe('bulletin 6 narrative and disclosure control', () => {
  it('--min-cell 0 reproduces the sentences unchanged, with the seed bulletin numbers', async () => {
    for (const lang of ['en', 'ru'] as const) {
      await expect(`${sentences(full, lang).join('\n')}\n`).toMatchFileSnapshot(join('golden', `b6-min-cell-0.sentences.${lang}.txt`));
    }
    const en = sentences(full, 'en').join('\n');
    for (const s of [
      // the seed's numbers; its exact youngest and oldest ages (2 and 69, 20 and 55) are single
      // people, so the bulletin writes the bounds of their age groups (issue 11)
      '295 vulnerable migrants affected by the COVID-19 pandemic (163 male migrants, 132 female migrants) aged from under 5 to 65 and over',
      'among them 11 minors (3 boys/8 girls)',
      '189 vulnerable migrants affected by the COVID-19 pandemic (124 male migrants, 65 female migrants) aged from 18 to 64',
      '230 vulnerable migrants affected by the COVID-19 pandemic (134 male migrants, 96 female migrants)',
      'was provided to 120 vulnerable migrants (55 male migrants, 65 female migrants)',
      'Those assisted included four victims of human trafficking.',
    ])
      expect(en).toContain(s);
    expect(full.disclosure).toEqual({});
  });

  it('narrative route: the same minors are hidden or printed together in both paragraphs (the per-table method printed what it hid)', () => {
    const key = (id: string, office: string, cat?: string) => `b6.${id}|office=${office}${cat ? `|category=${cat}` : ''}`;
    const byKey = (rows: readonly ResultRow[]) => new Map(rows.map((r) => [r.key, r]));
    const before = byKey(computeIndicators(safe.loaded.assistance!.dataset, { minCell: 5 }));
    const after = byKey(safe.results.assistance!);
    // the Russian Federation: every minor assisted returned with AVR (11 = 11, the same people)
    expect(before.get(key('minors_sex', 'RUS'))!.value).toBe(before.get(key('avr_minors_sex', 'RUS'))!.value);
    // today's method: "11 minors (– boys/– girls)" beside "11 minors (6 boys/5 girls)"
    expect(before.get(key('minors_sex', 'RUS', 'male'))!.suppressed).toBeDefined();
    expect(before.get(key('avr_minors_sex', 'RUS', 'male'))!.value).toBe(6);
    // linked: one value for the same people, hidden or printed in both
    for (const office of ['KGZ', 'KAZ', 'RUS', 'TJK', 'UZB', '_total']) {
      const a = after.get(key('minors_sex', office));
      const b = after.get(key('avr_minors_sex', office));
      if (!a || !b || a.value !== b.value) continue;
      for (const sex of ['male', 'female']) {
        const x = after.get(key('minors_sex', office, sex))!;
        const y = after.get(key('avr_minors_sex', office, sex))!;
        expect(x.suppressed, `${office} ${sex}`).toBe(y.suppressed);
        expect(x.value, `${office} ${sex}`).toBe(y.value);
      }
    }
    const en = sentences(safe, 'en');
    // the two Russian Federation paragraphs (all assisted; assisted voluntary return) agree: both print the boys and girls, or neither does
    const rus = en.filter((s) => /1,452 vulnerable| 95 vulnerable/.test(s));
    expect(rus.length).toBeGreaterThanOrEqual(2);
    expect(new Set(rus.map((s) => /11 minors \((six|6) boys\/(five|5) girls\)/.test(s))).size).toBe(1);
  });

  it('no sentence names 1–4 victims of trafficking or gender-based violence, or unaccompanied minors', () => {
    for (const lang of ['en', 'ru'] as const) {
      const text = sentences(safe, lang).join('\n');
      expect(text).not.toMatch(/\b(one|two|three|four|[1-4]) (victims?|survivors?|unaccompanied)/i);
      expect(text).not.toMatch(/(?<![\d,])[1-4] (жертв|пострадавш|несопровождаем)/);
    }
  });
});
