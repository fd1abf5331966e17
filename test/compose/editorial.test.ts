import { describe, expect, it } from 'vitest';
import { editorialBlocks } from '../../src/compose/editorial.js';
import type { SectionText } from '../../src/content/types.js';
import type { SlotValues } from '../../src/narrative/slot-value.js';

const values: SlotValues = {
  total: { value: 1234 },
  minors: { value: 3, suppressed: true },
  girls: { value: 2, suppressed: true, secondary: true },
  share: { value: 0.456 },
  country_in: { value: null, text: { en: 'in Kyrgyzstan', ru: 'в Кыргызстане' } },
  none: { value: null },
};

const text = (t: string): SectionText => ({ file: 'x.md', blocks: [{ kind: 'paragraph', runs: [{ text: t }, { text: ' and *so*', italic: true }] }] });

describe('editorialBlocks', () => {
  it('fills slots as the narrative does, in the language of the edition', () => {
    const en = editorialBlocks(text('{total|plural:migrant,migrants} {country_in}, {share|percent}'), values, { lang: 'en', minCell: 5, headingLevel: 3 });
    expect(en.blocks[0]).toEqual({ type: 'paragraph', text: [{ text: '1,234 migrants in Kyrgyzstan, 46%' }, { text: ' and *so*', italic: true }] });
    expect(en.suppressed).toBe(false);
    const ru = editorialBlocks(text('{total|plural:мигрант,мигранта,мигрантов} {country_in}'), values, { lang: 'ru', minCell: 5, headingLevel: 3 });
    expect((ru.blocks[0] as { text: Array<{ text: string }> }).text[0]!.text).toBe('1\u00a0234 мигранта в Кыргызстане');
  });

  it('never prints a hidden number', () => {
    const r = editorialBlocks(text('{minors} minors ({girls} girls)'), values, { lang: 'en', minCell: 5, headingLevel: 3 });
    const printed = (r.blocks[0] as { text: Array<{ text: string }> }).text[0]!.text;
    expect(printed).toBe('– minors (– girls)');
    expect(printed).not.toMatch(/[23]/);
    expect(r.suppressed).toBe(true);
  });

  it('prints "–" for a slot with no value in the section', () => {
    const r = editorialBlocks(text('{none} cases'), values, { lang: 'en', minCell: 5, headingLevel: 3 });
    expect((r.blocks[0] as { text: Array<{ text: string }> }).text[0]!.text).toBe('– cases');
  });
});
