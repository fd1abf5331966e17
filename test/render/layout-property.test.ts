import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutDocument } from '../../src/render/layout.js';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { Block, DocModel } from '../../src/render/model.js';
import type { LaidOutPage, TextItem } from '../../src/render/page-layout.js';
import { BODY } from '../../src/render/theme.js';
import { sampleModel } from './fixtures/sample-model.js';

const m = fontkitMeasurer(loadNotoSans());
const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';

const word = fc.stringMatching(/^[A-Za-zА-Яа-я0-9%,.()–-]{1,16}$/);
const text = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), text: text(12), newPage: fc.boolean() }),
  fc.record({ type: fc.constant('paragraph' as const), text: text(400), style: fc.constantFrom('body' as const, 'lead' as const, 'small' as const) }),
  fc.record({ type: fc.constant('bullets' as const), items: fc.array(text(60), { minLength: 1, maxLength: 8 }) }),
  fc.record({
    type: fc.constant('box' as const),
    title: text(6),
    paragraphs: fc.array(text(80), { maxLength: 3 }),
    rows: fc.array(fc.record({ key: text(4), value: text(20) }), { maxLength: 12 }),
  }),
  fc.record({
    type: fc.constant('figure' as const),
    id: fc.constant('f'),
    number: fc.nat(99),
    caption: text(30),
    svg: fc.constant(svg),
    width: fc.integer({ min: 50, max: 1200 }),
    height: fc.integer({ min: 20, max: 1600 }),
    source: text(10),
    notes: fc.array(text(40), { maxLength: 3 }),
    base: fc.constant('n = 12'),
    size: fc.constantFrom('full' as const, 'half' as const),
  }),
  fc.integer({ min: 1, max: 4 }).chain((cols) =>
    fc.record({
      type: fc.constant('table' as const),
      caption: text(10),
      columns: fc.array(fc.record({ header: text(3), align: fc.constantFrom('left' as const, 'right' as const, 'center' as const) }), { minLength: cols, maxLength: cols }),
      rows: fc.array(fc.array(text(8), { minLength: cols, maxLength: cols }), { maxLength: 70 }),
    }),
  ),
  fc.record({ type: fc.constant('pageBreak' as const) }),
  fc.record({ type: fc.constant('spacer' as const), height: fc.integer({ min: 0, max: 300 }) }),
);

describe('layoutDocument on arbitrary models', () => {
  it('keeps content inside the text block, figures whole, and numbers pages', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 25 }), (blocks) => {
        const model: DocModel = { ...sampleModel('en'), blocks };
        const layout = layoutDocument(model, m);
        const total = layout.pages.length;
        for (const page of layout.pages.slice(1)) {
          for (const it of page.items) {
            if ((it.type !== 'text' && it.type !== 'svg') || !it.tag) continue;
            expect(it.x).toBeGreaterThanOrEqual(BODY.x - 0.01);
            expect(it.x + it.w).toBeLessThanOrEqual(BODY.x + BODY.width + 0.01);
            expect(it.y).toBeGreaterThanOrEqual(BODY.y - 0.01);
            expect(it.y + it.h).toBeLessThanOrEqual(BODY.y + BODY.height + 0.01);
          }
          const footer = page.items.filter((it): it is TextItem => it.type === 'text' && !it.tag).map((t) => t.spans.map((s) => s.text).join(''));
          expect(footer).toContain(`Page ${page.number} of ${total}`);
        }
        blocks.forEach((b, i) => {
          if (b.type !== 'figure') return;
          const pages = layout.pages.filter((p: LaidOutPage) => p.items.some((it) => it.type === 'svg' && it.block === i));
          expect(pages).toHaveLength(1);
        });
        // Every word of every paragraph is laid out once.
        const laid = layout.pages.flatMap((p) => p.items).filter((it): it is TextItem => it.type === 'text' && it.tag?.at(-1)?.role === 'P');
        const words = laid.flatMap((t) => t.spans.map((s) => s.text).join('').split(' ')).filter((w) => w !== '');
        const expected = blocks.flatMap((b) => (b.type === 'paragraph' ? (b.text as string).split(' ') : []));
        for (const w of expected) expect(words).toContain(w);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
  });
});
