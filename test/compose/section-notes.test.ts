/**
 * A note under sentences in US dollars is printed once a section: two one-answer figures written as
 * sentences ("Kazakhstan only ($230; n = 529)") used to repeat the annual-rate note after each.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBulletin } from '../../src/compose/document.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare, type Prepared } from '../../src/pipeline/prepare.js';

const ROOT = join(import.meta.dirname, '..', '..');
let p: Prepared;

beforeAll(async () => {
  p = await prepare(parseBuildOptions({ bulletin: '3' }, ROOT), ROOT, () => undefined);
}, 300_000);

describe('notes in a section', () => {
  it('prints no small note twice within one section, in either language', () => {
    for (const lang of ['en', 'ru'] as const) {
      const doc = composeBulletin(p.composeInput(p.todo[0]!, lang)).doc;
      let seen = new Set<string>();
      let notes = 0;
      for (const b of doc.blocks) {
        if (b.type === 'heading' && b.level === 1) seen = new Set();
        if (b.type !== 'paragraph' || b.style !== 'small') continue;
        const text = typeof b.text === 'string' ? b.text : b.text.map((r) => r.text).join('');
        notes += 1;
        expect(seen.has(text), `${lang}: ${text}`).toBe(false);
        seen.add(text);
      }
      expect(notes).toBeGreaterThan(0);
    }
  });
});
