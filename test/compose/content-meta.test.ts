/** content.json in the composed bulletin: cover and back logos, funded-by line, publisher, citation, contact. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBulletin } from '../../src/compose/document.js';
import { parseBuildOptions } from '../../src/pipeline/build-options.js';
import { prepare, type Prepared } from '../../src/pipeline/prepare.js';
import type { DocModel } from '../../src/render/model.js';

const ROOT = join(import.meta.dirname, '..', '..');
const L = (en: string, ru: string) => ({ en, ru });
let p: Prepared;
const docs: Partial<Record<'en' | 'ru', DocModel>> = {};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-meta-'));
  copyFileSync(join(ROOT, 'examples', 'content-b6', 'photos', 'aid-distribution.png'), join(dir, 'logo.png'));
  writeFileSync(
    join(dir, 'content.json'),
    JSON.stringify({
      logos: { cover: [{ file: 'logo.png', alt: L('Donor logo', 'Логотип донора') }], back: [{ file: 'logo.png', alt: L('Partner logo', 'Логотип партнёра') }] },
      publisher: { groups: [[L('IOM Bishkek', 'МОМ Бишкек'), L('6, Ryskulova Street', 'ул. Рыскулова, 6')]] },
      fundedBy: L('Funded by the donor', 'При поддержке донора'),
      citation: L('IOM (2021). Bulletin 6.', 'МОМ (2021). Бюллетень 6.'),
      contact: L('dtm@iom.int', 'dtm@iom.int'),
    }),
  );
  p = await prepare(parseBuildOptions({ assistance: ['data-samples/assistance.csv'], bulletin: '6', content: dir, cache: false }, ROOT), ROOT, () => undefined);
  for (const lang of ['en', 'ru'] as const) docs[lang] = composeBulletin(p.composeInput(p.todo[0]!, lang)).doc;
}, 300_000);

describe('content.json in the bulletin', () => {
  it('puts the logos on the cover and at the end, with their text in the edition\'s language', () => {
    expect(docs.ru!.cover.logos?.map((l) => l.alt)).toEqual(['Логотип донора']);
    expect(docs.en!.cover.logos?.[0]).toMatchObject({ format: 'png', width: 720, alt: 'Donor logo' });
    const last = docs.en!.blocks[docs.en!.blocks.length - 1]!;
    expect(last).toMatchObject({ type: 'publisher', logos: [{ alt: 'Partner logo' }] });
    expect(docs.ru!.blocks.find((b) => b.type === 'publisher')).toMatchObject({ logos: [{ alt: 'Логотип партнёра' }] });
  });

  it('replaces the funded-by line and the publisher block, and adds the citation and the contact', () => {
    expect(docs.ru!.cover.footnote).toBe('При поддержке донора');
    const publisher = docs.ru!.blocks.find((b) => b.type === 'publisher');
    expect(publisher).toMatchObject({ title: 'Издатель:', groups: [['МОМ Бишкек', 'ул. Рыскулова, 6']] });
    const texts = docs.en!.blocks.flatMap((b) => (b.type === 'paragraph' && Array.isArray(b.text) ? [b.text.map((r) => r.text).join('')] : []));
    expect(texts).toContain('Suggested citation: IOM (2021). Bulletin 6.');
    expect(texts).toContain('Contact for the data: dtm@iom.int');
  });
});
