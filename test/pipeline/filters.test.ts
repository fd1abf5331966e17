/** --country and --period narrow what is built: sections, collection dates, the cover period. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBulletin } from '../../src/compose/document.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare } from '../../src/pipeline/prepare.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FLAGS = { assistance: ['test/pipeline/fixtures/assistance-small.csv'], bulletin: '6' };

describe('build filters', () => {
  it('--country keeps one country: one section, no regional comparison', async () => {
    const p = await prepare(parseBuildOptions({ ...FLAGS, country: 'kaz' }, ROOT), ROOT, () => undefined);
    const { doc } = composeBulletin(p.composeInput(p.todo[0]!, 'en'));
    // Sections: level-1 headings that open a page or ask for room on it (not the front matter's).
    const sections = doc.blocks.filter((b) => b.type === 'heading' && b.level === 1 && (b.newPage || b.keepSpace !== undefined)).map((b) => (b as { text: string }).text);
    expect(sections).toEqual(['Kazakhstan', 'Glossary']);
    expect(doc.cover.countries).toEqual(['Kazakhstan']);
  }, 120_000);

  it('--period keeps the months asked for, in the facts and on the cover', async () => {
    const p = await prepare(parseBuildOptions({ ...FLAGS, period: '2020-12..2021-02' }, ROOT), ROOT, () => undefined);
    const input = p.composeInput(p.todo[0]!, 'ru');
    for (const f of input.facts) {
      expect(f.from! >= '2020-12-01').toBe(true);
      expect(f.to! <= '2021-02-28').toBe(true);
    }
    expect(composeBulletin(input).doc.cover.period.replace(/\u00a0/g, ' ')).toBe('декабрь 2020 г. – февраль 2021 г.');
  }, 120_000);

  it('a period without data skips the bulletin (exit 2: nothing to build)', async () => {
    await expect(prepare(parseBuildOptions({ ...FLAGS, period: '2019-01' }, ROOT), ROOT, () => undefined)).rejects.toThrow(/nothing to build/);
  });
});
