/** Photos, logos and numbered lists of the editorial layer: laid out in the flow and embedded in the PDF. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotoSans } from '../../src/render/fonts.js';
import { layoutDocument } from '../../src/render/layout.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { DocModel, ImageData } from '../../src/render/model.js';
import { renderPdf } from '../../src/render/pdf.js';
import { BODY, PAGE } from '../../src/render/theme.js';
import { sampleModel } from './fixtures/sample-model.js';

const fonts = loadNotoSans();
const m = fontkitMeasurer(fonts);
const png = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'content-b6', 'photos', 'aid-distribution.png'));
const photo: ImageData = { data: png.toString('base64'), format: 'png', width: 720, height: 420, alt: 'Food parcels' };

function model(): DocModel {
  const doc = sampleModel('en');
  doc.cover.logos = [{ ...photo, alt: 'Logo' }];
  doc.blocks.splice(3, 0, { type: 'image', ...photo, caption: 'Food parcels, Kyrgyzstan', credit: '© 2021 IOM' }, { type: 'bullets', items: ['one', 'two'], ordered: true });
  const publisher = doc.blocks.find((b) => b.type === 'publisher');
  if (publisher?.type !== 'publisher') throw new Error('the sample model has a publisher block');
  publisher.logos = [{ ...photo, alt: 'Partner logo' }];
  return doc;
}

describe('image and logos blocks', () => {
  const doc = model();
  const layout = layoutDocument(doc, m);
  const images = layout.pages.flatMap((p) => p.items.filter((it) => it.type === 'image').map((it) => ({ ...it, page: p.number })));

  it('places the photo in the flow at its aspect ratio, within the text width and centred, with caption then credit below', () => {
    const it = images.find((x) => x.block === 3 && x.logo === undefined)!;
    expect(it.w).toBeLessThanOrEqual(BODY.width + 0.01);
    expect(it.w / it.h).toBeCloseTo(720 / 420, 1);
    expect(it.x - BODY.x).toBeCloseTo(BODY.x + BODY.width - (it.x + it.w), 1);
    expect(it.tag?.[0]).toMatchObject({ role: 'Figure', alt: 'Food parcels' });
    const page = layout.pages.find((p) => p.number === it.page)!;
    const line = (t: string) => page.items.flatMap((x) => (x.type === 'text' && x.spans.map((s) => s.text).join('').includes(t) ? [x] : []))[0];
    const caption = line('Food parcels, Kyrgyzstan');
    const credit = line('© 2021 IOM');
    expect(caption?.tag?.[0]?.role).toBe('Caption');
    expect(caption && caption.y).toBeGreaterThan(it.y + it.h - 0.01);
    expect(credit && caption && credit.y).toBeGreaterThan(caption!.y);
  });

  it('numbers an ordered list', () => {
    const labels = layout.pages.flatMap((p) => p.items).filter((x) => x.type === 'text' && x.tag?.some((t) => t.role === 'Lbl'));
    expect(labels.map((x) => (x.type === 'text' ? x.spans[0]!.text : ''))).toEqual(expect.arrayContaining(['1.', '2.']));
  });

  it('draws the cover logos on the cover and the back logos at the foot of the last page', () => {
    const cover = images.find((x) => x.block === -1)!;
    expect(cover.page).toBe(1);
    expect(cover.tag?.[0]).toMatchObject({ role: 'Figure', alt: 'Logo' });
    const back = images.find((x) => x.block === doc.blocks.findIndex((b) => b.type === 'publisher') && x.logo === 0)!;
    expect(back.page).toBe(layout.pages.length);
    expect(back.tag?.[0]).toMatchObject({ role: 'Figure', alt: 'Partner logo' });
    expect(back.y + back.h).toBeGreaterThan(PAGE.height - 200);
  });

  it('puts the photo in the outline under its caption', () => {
    const it = images.find((x) => x.block === 3 && x.logo === undefined)!;
    expect(layout.outline).toContainEqual({ title: 'Food parcels, Kyrgyzstan', level: 3, page: it.page, y: expect.any(Number) as number });
  });

  it('embeds each image in the PDF', async () => {
    const pdf = await renderPdf(layout, doc, fonts);
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(3);
  });
});

describe('links in running text', () => {
  const doc = sampleModel('en');
  doc.blocks.splice(3, 0, {
    type: 'paragraph',
    text: [{ text: 'Read the ' }, { text: 'DTM portal', link: 'https://dtm.iom.int' }, { text: ' or write to ' }, { text: 'dtm@iom.int', link: 'mailto:dtm@iom.int' }, { text: '.' }],
  });
  const layout = layoutDocument(doc, m);

  it('lays a link item over the linked words, as wide as they are', () => {
    const links = layout.pages.flatMap((p) => p.items).filter((x) => x.type === 'link' && x.uri !== undefined);
    expect(links.map((l) => (l.type === 'link' ? l.uri : ''))).toEqual(['https://dtm.iom.int', 'mailto:dtm@iom.int']);
    const line = layout.pages.flatMap((p) => p.items).find((x) => x.type === 'text' && x.spans.some((s) => s.text.includes('DTM portal')));
    const span = line?.type === 'text' ? line.spans.find((s) => s.text.includes('DTM portal')) : undefined;
    expect(links[0]).toMatchObject({ x: span?.x, w: span?.w });
  });

  it('makes them clickable link annotations in the PDF', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const bytes = await renderPdf(layout, doc, fonts);
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const urls: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const annots = (await (await pdf.getPage(i)).getAnnotations()) as Array<{ subtype: string; url?: string }>;
      for (const a of annots) if (a.subtype === 'Link' && a.url) urls.push(a.url);
    }
    await pdf.destroy();
    expect(urls).toEqual(['https://dtm.iom.int/', 'mailto:dtm@iom.int']);
  });
});

describe('layoutImage', () => {
  it('shrinks a photo a little to fit the rest of a page, but not below three quarters', async () => {
    const { layoutImage } = await import('../../src/render/blocks/image.js');
    let id = 0;
    const b = layoutImage({ type: 'image', ...photo, caption: 'Food parcels' }, 0, { m, nextId: () => ++id });
    const full = b.chunks[0]!.h;
    const fitted = b.fit!(full - 20)!;
    expect(fitted.h).toBeLessThanOrEqual(full - 20 + 0.01);
    expect(fitted.h).toBeGreaterThan(full - 25);
    expect(b.fit!(full / 2)).toBeNull();
  });

  it('never enlarges a small photo beyond 96 dpi (1 px = 0.75 pt)', async () => {
    const { layoutImage } = await import('../../src/render/blocks/image.js');
    let id = 0;
    const b = layoutImage({ type: 'image', ...photo, width: 200, height: 100 }, 0, { m, nextId: () => ++id });
    const art = b.chunks[0]!.items.find((x) => x.type === 'image')!;
    expect(art.w).toBeCloseTo(150, 5);
    expect(art.h).toBeCloseTo(75, 5);
  });
});
