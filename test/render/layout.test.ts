import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/render/layout.js';
import { ROW_STEP } from '../../src/render/flow.js';
import { MIN_CHART_TEXT, smallestText } from '../../src/render/chart-text.js';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { Block, DocModel } from '../../src/render/model.js';
import type { LaidOutPage, LayoutItem, PageLayout, TextItem } from '../../src/render/page-layout.js';
import { BODY, PAGE } from '../../src/render/theme.js';
import { sampleModel } from './fixtures/sample-model.js';
import { expectGolden } from './golden.js';

const m = fontkitMeasurer(loadNotoSans());
const lineText = (it: TextItem) => it.spans.map((s) => s.text).join('');
const tagged = (p: LaidOutPage) => p.items.filter((it): it is Extract<LayoutItem, { type: 'text' | 'svg' | 'image' }> => (it.type === 'text' || it.type === 'svg' || it.type === 'image') && it.tag !== undefined);
const texts = (p: LaidOutPage) => p.items.filter((it): it is TextItem => it.type === 'text');

function checkInvariants(layout: PageLayout, model: DocModel): void {
  const total = layout.pages.length;
  expect(layout.pages[0]?.kind).toBe('cover');
  for (const page of layout.pages.slice(1)) {
    // Content stays inside the text block.
    for (const it of tagged(page)) {
      expect(it.x).toBeGreaterThanOrEqual(BODY.x - 0.01);
      expect(it.x + it.w).toBeLessThanOrEqual(BODY.x + BODY.width + 0.01);
      expect(it.y).toBeGreaterThanOrEqual(BODY.y - 0.01);
      expect(it.y + it.h).toBeLessThanOrEqual(BODY.y + BODY.height + 0.01);
    }
    // The footer numbers the page out of the total.
    const label = model.footer.pageLabel.replace('{n}', String(page.number)).replace('{total}', String(total));
    expect(texts(page).filter((t) => !t.tag).map(lineText)).toContain(label);
    // No page ends with a heading.
    const last = tagged(page).at(-1);
    expect(last?.tag?.at(-1)?.role).not.toMatch(/^H\d$/);
  }
  model.blocks.forEach((b, i) => {
    if (b.type === 'figure') {
      // A figure is never split: its caption and its drawing are on one page.
      const pages = layout.pages.filter((p) => p.items.some((it) => it.type === 'svg' && it.block === i));
      expect(pages).toHaveLength(1);
      const first = b.caption.split(' ').slice(0, 3).join(' ');
      expect(texts(pages[0] as LaidOutPage).some((t) => t.tag?.at(-1)?.role === 'Caption' && lineText(t).startsWith(first))).toBe(true);
    }
    if (b.type === 'heading' && b.newPage) {
      // A section that asks for a new page starts at the top of one.
      const page = layout.pages.find((p) => texts(p).some((t) => t.tag?.at(-1)?.role === 'H1' && lineText(t) === b.text));
      expect(page && lineText(texts(page).find((t) => t.tag) as TextItem)).toBe(b.text);
    }
  });
}

describe('layoutDocument', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`lays out the sample bulletin (${lang}) as in its golden file`, () => {
      const model = sampleModel(lang);
      const layout = layoutDocument(model, m);
      checkInvariants(layout, model);
      expect(layout.pages).toHaveLength(5);
      expect(layout.size).toEqual({ width: PAGE.width, height: PAGE.height });
      expectGolden(`layout.${lang}.json`, `${JSON.stringify(layout, null, 1)}\n`);
    });
  }

  it('is pure: same model, same layout; JSON round trip of the model changes nothing', () => {
    const model = sampleModel('ru');
    const a = JSON.stringify(layoutDocument(model, m));
    expect(JSON.stringify(layoutDocument(JSON.parse(JSON.stringify(model)) as DocModel, m))).toBe(a);
  });

  it('sets the closing disclaimer and publisher at the foot of the last page', () => {
    const layout = layoutDocument(sampleModel('en'), m);
    const last = layout.pages.at(-1) as LaidOutPage;
    const rights = texts(last).find((t) => lineText(t) === 'All rights reserved.') as TextItem;
    expect(rights.y + rights.h).toBeCloseTo(BODY.y + BODY.height - 3, 1);
    const note = texts(last).find((t) => lineText(t).startsWith('*The definitions')) as TextItem;
    expect(rights.y - note.y).toBeGreaterThan(200);
  });

  it('puts one bookmark per level-1/2 heading, figure and table, in reading order, on its page', () => {
    const model = sampleModel('en');
    const layout = layoutDocument(model, m);
    const marked = model.blocks.flatMap((b) =>
      b.type === 'heading' && b.level <= 2 ? [b.text] : b.type === 'figure' ? [b.caption] : b.type === 'table' && b.caption ? [b.caption] : [],
    );
    expect(layout.outline.map((o) => o.title)).toEqual(marked);
    for (const o of layout.outline) {
      const page = layout.pages[o.page - 1] as LaidOutPage;
      expect(texts(page).some((t) => o.title.startsWith(lineText(t)) && Math.abs(t.y - o.y) < 40)).toBe(true);
    }
  });

  describe('a figure at the foot of a page', () => {
    const figure = sampleModel('en').blocks.find((b) => b.type === 'figure') as Extract<Block, { type: 'figure' }>;
    // A spacer leaves `room` points of the first page for the figure (its space before included).
    const place = (room: number) => {
      const model: DocModel = { ...sampleModel('en'), blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.height - 13.5 - room }, { ...figure, notes: [] }] };
      const layout = layoutDocument(model, m);
      const page = layout.pages.findIndex((p) => p.items.some((it) => it.type === 'svg'));
      const svg = layout.pages[page]?.items.find((it) => it.type === 'svg') as Extract<LayoutItem, { type: 'svg' }>;
      return { page, scale: svg.w / figure.width };
    };
    const natural = 16 + 12.5 + 6 + figure.height + 5 + 9.8; // space, caption, gap, drawing, gap, source

    it('stays at its natural size where it fits', () => expect(place(natural + 1)).toEqual({ page: 1, scale: 1 }));

    it('is drawn a little smaller rather than leave a gap', () => {
      const { page, scale } = place(natural - 20);
      expect(page).toBe(1);
      expect(scale).toBeLessThan(1);
      expect(scale).toBeGreaterThanOrEqual(0.8);
    });

    it('is drawn smaller still (down to 0.7) when that saves a page', () => {
      // the figure is the last block: moving it would add a page
      const { page, scale } = place(natural - 0.27 * figure.height);
      expect(page).toBe(1);
      expect(scale).toBeLessThan(0.8);
      expect(scale).toBeGreaterThanOrEqual(0.7);
    });

    it('moves to the next page, at natural size, when it would have to shrink too much', () => {
      expect(place(natural - 0.35 * figure.height)).toEqual({ page: 2, scale: 1 });
    });

    it('is never drawn so small that its text falls below MIN_CHART_TEXT, whatever it saves', () => {
      // the same figure with 8 pt text: 0.7 of it would print 5.6 pt
      const small = { ...figure, svg: figure.svg.replace(/font-size="\d+(\.\d+)?"/g, 'font-size="8"'), notes: [] };
      expect(smallestText(small)).toBe(8);
      const model: DocModel = { ...sampleModel('en'), blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.height - 13.5 - (natural - 0.27 * figure.height) }, small] };
      const layout = layoutDocument(model, m);
      const svg = layout.pages.flatMap((p) => p.items).find((it) => it.type === 'svg') as Extract<LayoutItem, { type: 'svg' }>;
      expect((8 * svg.w) / figure.width).toBeGreaterThanOrEqual(MIN_CHART_TEXT - 0.01);
      // while the figure with 10 pt text does shrink to fit (above)
      expect(place(natural - 0.27 * figure.height).scale).toBeLessThan(MIN_CHART_TEXT / 8);
    });

    it('draws all figures a little smaller, alike, when that saves a page the tight flow does not', () => {
      // two figures, a line of text between them (so that the one above cannot give up room to the
      // one below alone), in room for all only if the first gives up 0.1–0.15 of its height too
      const second = natural - 5; // its space before is that of a figure, not of the first block after the lead
      const room = natural + 20 + second - 0.43 * figure.height;
      const model: DocModel = {
        ...sampleModel('en'),
        blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.height - 13.5 - room }, { ...figure, notes: [] }, { type: 'paragraph', text: 'Between.' }, { ...figure, notes: [] }],
      };
      const layout = layoutDocument(model, m);
      expect(layout.pages).toHaveLength(2);
      const [first, next] = layout.pages[1]!.items.filter((it) => it.type === 'svg').map((it) => it.w / figure.width);
      expect(first).toBeLessThan(0.9);
      expect(first).toBeGreaterThanOrEqual(0.85 - 1e-6);
      expect(next).toBeGreaterThanOrEqual(0.7 - 1e-6);
    });

    it('moves at natural size, rather than shrink below 0.8, when that saves no page', () => {
      // a page-long paragraph after the figure: the figure moving does not add a page
      const model: DocModel = {
        ...sampleModel('en'),
        blocks: [
          { type: 'paragraph', text: 'Lead.' },
          { type: 'spacer', height: BODY.height - 13.5 - (natural - 0.27 * figure.height) },
          { ...figure, notes: [] },
          { type: 'paragraph', text: 'Short.' },
        ],
      };
      const layout = layoutDocument(model, m);
      const page = layout.pages.findIndex((p) => p.items.some((it) => it.type === 'svg'));
      const svg = layout.pages[page]?.items.find((it) => it.type === 'svg') as Extract<LayoutItem, { type: 'svg' }>;
      expect({ page, scale: svg.w / figure.width }).toEqual({ page: 2, scale: 1 });
    });
  });

  describe('long content', () => {
    const para = 'Returned vulnerable migrants were provided with consultations to identify their vulnerabilities and current needs, and were assisted with pre-departure activities. ';
    const rows = Array.from({ length: 90 }, (_, i) => [`Province ${i + 1}`, String(i % 7), String(100 + i)]);
    const model: DocModel = {
      ...sampleModel('en'),
      blocks: [
        { type: 'heading', level: 1, text: 'Long section' },
        ...Array.from({ length: 5 }, (): Block => ({ type: 'paragraph', text: para.repeat(9) })),
        { type: 'heading', level: 2, text: 'Partners' },
        { type: 'table', caption: 'Table 1: Partners by province', columns: [{ header: 'Province', align: 'left', width: 2 }, { header: 'Partners', align: 'right' }, { header: 'Migrants', align: 'right' }], rows, notes: ['Note: a long table.'] },
      ],
    };
    const layout = layoutDocument(model, m);

    it('keeps the invariants', () => checkInvariants(layout, model));

    it('splits paragraphs leaving at least two lines on each page', () => {
      const all = layout.pages.flatMap(texts).filter((t) => t.tag?.at(-1)?.role === 'P');
      const split = new Set(all.map((t) => t.tag?.at(-1)?.id).filter((id) => new Set(layout.pages.filter((p) => texts(p).some((t) => t.tag?.at(-1)?.id === id))).size > 1));
      expect(split.size).toBeGreaterThan(0);
      for (const page of layout.pages.slice(1)) {
        const ids = new Map<number, number>();
        for (const t of texts(page)) {
          const leaf = t.tag?.at(-1);
          if (leaf?.role === 'P' && split.has(leaf.id)) ids.set(leaf.id, (ids.get(leaf.id) ?? 0) + 1);
        }
        for (const n of ids.values()) expect(n).toBeGreaterThanOrEqual(2);
      }
    });

    it('splits a table between rows and repeats its header row on every page', () => {
      const tablePages = layout.pages.filter((p) => texts(p).some((t) => t.tag?.at(-1)?.role === 'TD'));
      expect(tablePages.length).toBeGreaterThan(1);
      for (const p of tablePages) expect(texts(p).filter((t) => lineText(t) === 'Province').length).toBe(1);
      // The repeated header is an artifact: tagged once only.
      const taggedHeads = layout.pages.flatMap(texts).filter((t) => t.tag?.at(-1)?.role === 'TH');
      expect(taggedHeads).toHaveLength(3);
      const cells = layout.pages.flatMap(texts).filter((t) => t.tag?.at(-1)?.role === 'TD' && lineText(t).startsWith('Province '));
      expect(cells.map(lineText)).toEqual(rows.map((r) => r[0]));
    });

    it('repeats the caption marked "(continued)" above the repeated header, and never leaves one row alone', () => {
      const withLabel: DocModel = { ...model, blocks: model.blocks.map((b) => (b.type === 'table' ? { ...b, continued: '(continued)' } : b)) };
      const laid = layoutDocument(withLabel, m);
      const tablePages = laid.pages.filter((p) => texts(p).some((t) => t.tag?.at(-1)?.role === 'TD'));
      tablePages.forEach((p, i) => {
        const captions = texts(p).filter((t) => lineText(t).startsWith('Table 1: Partners by province')).map(lineText);
        expect(captions).toEqual([i === 0 ? 'Table 1: Partners by province' : 'Table 1: Partners by province (continued)']);
        expect(texts(p).filter((t) => t.tag?.at(-1)?.role === 'TD' && lineText(t).startsWith('Province ')).length).toBeGreaterThanOrEqual(3);
      });
    });

    it('breaks a table only with three rows on each side, else moves it whole', () => {
      // a 5-row table at the foot of a page: 3 + 2 or 4 + 1 would be an orphan or a widow, so it moves
      const short: Block = { type: 'table', caption: 'Table 2: Five rows', columns: [{ header: 'Province', align: 'left' }, { header: 'Migrants', align: 'right' }], rows: rows.slice(0, 5).map((r) => [r[0] as string, r[2] as string]) };
      const free = 100;
      const laid = layoutDocument({ ...sampleModel('en'), blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.height - 13 - free }, short] }, m);
      const pagesWith = laid.pages.filter((p) => texts(p).some((t) => t.tag?.at(-1)?.role === 'TD'));
      expect(pagesWith.map((p) => p.number)).toEqual([3]);
    });
  });

  describe('a key-figure strip with its note at a page break', () => {
    const strip = sampleModel('en').blocks.find((b) => b.type === 'keyFigures') as Extract<Block, { type: 'keyFigures' }>;
    const note = '“–”: hidden so that no small count can be worked back from anything published.';
    const at = (free: number) =>
      layoutDocument(
        {
          ...sampleModel('en'),
          blocks: [
            { type: 'paragraph', text: 'Lead.' },
            { type: 'spacer', height: BODY.height - 13 - free },
            { type: 'heading', level: 1, text: 'Kyrgyzstan' },
            strip,
            { type: 'paragraph', text: note, style: 'small' },
            { type: 'heading', level: 2, text: 'Direct assistance' },
            { type: 'paragraph', text: 'During the period, IOM worked with its partners to assist vulnerable migrants. '.repeat(6) },
          ],
        },
        m,
      );
    it('never ends a page: the heading and text after it go with it', () => {
      let moved = 0;
      for (let free = 40; free <= 220; free += 6) {
        const laid = at(free);
        const page = laid.pages.find((p) => texts(p).some((t) => lineText(t) === note)) as LaidOutPage;
        if (!texts(page).some((t) => lineText(t) === 'Direct assistance')) expect.fail(`free ${free}: the note ends page ${page.number} without the heading after it`);
        if (page.number > 1) moved += 1;
      }
      expect(moved).toBeGreaterThan(0);
    });
  });

  describe("a section's last paragraph at a page break", () => {
    const long = 'Migrants sent money home every month, mostly through bank transfers and money transfer operators. '.repeat(5);
    const fig = sampleModel('en').blocks.find((b) => b.type === 'figure') as Extract<Block, { type: 'figure' }>;
    const at = (free: number) =>
      layoutDocument({ ...sampleModel('en'), blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.height - 13 - free }, { type: 'paragraph', text: long }, { type: 'paragraph', text: 'The last, short line.' }, { ...fig, size: 'full' }] }, m);
    it('never opens a page alone: the last lines of the paragraph before it go with it', () => {
      let carried = 0;
      for (let free = 20; free <= 140; free += 4) {
        const laid = at(free);
        const page = laid.pages.find((p) => texts(p).some((t) => lineText(t) === 'The last, short line.')) as LaidOutPage;
        const body = texts(page).filter((t) => t.tag?.at(-1)?.role === 'P');
        const first = body.sort((a, b) => a.y - b.y)[0] as TextItem;
        if (lineText(first) === 'The last, short line.') expect.fail(`free ${free}: the section's last paragraph opens page ${page.number} alone`);
        if (page.number > 2) carried += 1;
      }
      expect(carried).toBeGreaterThan(0);
    });
  });

  describe('a methodology box at the foot of a page', () => {
    const box: Block = { type: 'box', title: 'Methodology', paragraphs: ['Data were collected by phone interviews with migrants in the five countries. '.repeat(6)], rows: Array.from({ length: 6 }, (_, i) => ({ key: `Country ${i + 1}`, value: '1 000 interviews, 1 September 2020 – 30 April 2021' })) };
    const at = (free: number) => layoutDocument({ ...sampleModel('en'), blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.height - 13 - free }, box] }, m);
    const boxPages = (l: PageLayout) => l.pages.filter((p) => p.kind === 'body' && p.items.some((it) => it.type === 'rect')).map((p) => p.number);
    it('breaks between its lines rather than leave the page empty below the text', () => {
      const laid = at(120);
      expect(boxPages(laid)).toEqual([2, 3]);
      // at least three lines on each side (the title counting as one)
      for (const n of [2, 3]) expect(texts(laid.pages[n - 1] as LaidOutPage).filter((t) => t.tag?.[0]?.role === 'Div').length).toBeGreaterThanOrEqual(3);
      // it opens again on the next page with a slice of its padding above the first line
      const next = laid.pages[2] as LaidOutPage;
      expect(Math.min(...next.items.filter((it) => it.type === 'rect').map((it) => it.y))).toBeCloseTo(BODY.y, 1);
      expect(Math.min(...texts(next).filter((t) => t.tag?.[0]?.role === 'Div').map((t) => t.y))).toBeGreaterThanOrEqual(BODY.y + 5.9);
    });
    it('moves whole when fewer than three lines would stay', () => expect(boxPages(at(40))).toEqual([3]));
    it('never splits its key/value table: the box breaks in its text or before the table, at any foot space', () => {
      let broken = 0;
      for (let free = 40; free <= 320; free += 8) {
        const laid = at(free);
        const rowPages = laid.pages.filter((p) => texts(p).some((t) => t.tag?.some((n) => n.role === 'TH' || n.role === 'TD')));
        expect(rowPages.map((p) => p.number), `free ${free}`).toHaveLength(1);
        const keys = texts(rowPages[0] as LaidOutPage).filter((t) => t.tag?.at(-1)?.role === 'TH').map(lineText);
        expect(keys).toEqual(Array.from({ length: 6 }, (_, i) => `Country ${i + 1}`));
        if (boxPages(laid).length > 1) broken += 1;
      }
      // it still breaks (rather than move whole) where three lines fit on each side
      expect(broken).toBeGreaterThan(0);
    });
  });

  describe('the two-column grid', () => {
    const half = (i: number, height: number): Block => {
      const f = sampleModel('en').blocks.find((b) => b.type === 'figure') as Extract<Block, { type: 'figure' }>;
      return { ...f, id: `f${i}`, number: i, caption: `Figure ${i}: Small chart ${i}`, size: 'half', width: 230, height, notes: [] };
    };
    const model: DocModel = {
      ...sampleModel('en'),
      blocks: [{ type: 'heading', level: 1, text: 'Grid' }, half(1, 150), half(2, 100), half(3, 100), half(4, 150), { type: 'paragraph', text: 'After the grid.' }],
    };
    const layout = layoutDocument(model, m);
    const svgs = (layout.pages[1] as LaidOutPage).items.filter((it): it is Extract<LayoutItem, { type: 'svg' }> => it.type === 'svg');

    it('sets small figures side by side, each in the shorter column', () => {
      expect(svgs).toHaveLength(4);
      const [a, b, c, d] = svgs as [Extract<LayoutItem, { type: 'svg' }>, Extract<LayoutItem, { type: 'svg' }>, Extract<LayoutItem, { type: 'svg' }>, Extract<LayoutItem, { type: 'svg' }>];
      expect(b.x).toBeGreaterThan(a.x + a.w);
      // 2 is shorter than 1, so 3 goes under 2; then the left column is the shorter one again, for 4.
      expect(c.x).toBe(b.x);
      expect(c.y).toBeGreaterThan(b.y + b.h);
      expect(d.x).toBe(a.x);
      expect(d.y).toBeGreaterThan(a.y + a.h);
      for (const s of svgs) expect(s.w).toBeLessThanOrEqual((BODY.width - 20) / 2 + 0.01);
    });

    it('starts the text after the grid below its longer column', () => {
      const after = texts(layout.pages[1] as LaidOutPage).find((t) => lineText(t) === 'After the grid.') as TextItem;
      const bottom = Math.max(...svgs.map((s) => s.y + s.h));
      expect(after.y).toBeGreaterThan(bottom);
    });

    it('keeps the invariants', () => checkInvariants(layout, model));

    it('leaves the same space between text and the grid as between text and a full-width figure', () => {
      const captionTop = (blocks: Block[], caption: string) => {
        const page = layoutDocument({ ...model, blocks }, m).pages[1] as LaidOutPage;
        return (texts(page).find((t) => lineText(t) === caption) as TextItem).y;
      };
      const text: Block = { type: 'paragraph', text: 'Before the figures.' };
      const wide = { ...(half(1, 100) as Extract<Block, { type: 'figure' }>), size: 'full' as const };
      expect(captionTop([text, half(1, 100), half(2, 100)], 'Figure 1: Small chart 1')).toBeCloseTo(captionTop([text, wide], 'Figure 1: Small chart 1'), 6);
    });

    it('keeps a pair together: when the second fits nowhere beside the first at a page foot, both open the next page side by side', () => {
      for (const free of [160, 200, 240]) {
        const blocks: Block[] = [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.height - 13 - free }, half(1, 90), half(2, 330), { type: 'paragraph', text: 'After.' }];
        const laid = layoutDocument({ ...model, blocks }, m);
        const where = (n: number) => laid.pages.findIndex((p) => texts(p).some((t) => lineText(t) === `Figure ${n}: Small chart ${n}`));
        expect(where(1), `free ${free}`).toBe(where(2));
        const svgs = (laid.pages[where(1)] as LaidOutPage).items.filter((it): it is Extract<LayoutItem, { type: 'svg' }> => it.type === 'svg');
        expect(svgs).toHaveLength(2);
        const [a, b] = svgs as [Extract<LayoutItem, { type: 'svg' }>, Extract<LayoutItem, { type: 'svg' }>];
        expect(b.x).toBeGreaterThan(a.x + a.w);
        expect(b.y).toBeCloseTo(a.y, 6);
        for (const s of svgs) expect(s.w).toBeLessThanOrEqual((BODY.width - 20) / 2 + 0.01);
      }
    });

    it('sets the last small figure of a run across the text when it would stand alone in its row', () => {
      const three: DocModel = { ...model, blocks: [{ type: 'heading', level: 1, text: 'Grid' }, half(1, 100), half(2, 100), half(3, 100), { type: 'paragraph', text: 'After.' }] };
      const items = (layoutDocument(three, m).pages[1] as LaidOutPage).items.filter((it): it is Extract<LayoutItem, { type: 'svg' }> => it.type === 'svg');
      const [a, b, c] = items as [Extract<LayoutItem, { type: 'svg' }>, Extract<LayoutItem, { type: 'svg' }>, Extract<LayoutItem, { type: 'svg' }>];
      expect(b.x).toBeGreaterThan(a.x + a.w);
      // Not in the left column under 1 beside an empty right one: centred on the text width, below both.
      expect(c.x + c.w / 2).toBeCloseTo(BODY.x + BODY.width / 2, 1);
      expect(c.y).toBeGreaterThan(Math.max(a.y + a.h, b.y + b.h));
    });
  });

  describe('the two-column grid, in reading order', () => {
    const half = (i: number, height: number): Block => {
      const f = sampleModel('en').blocks.find((b) => b.type === 'figure') as Extract<Block, { type: 'figure' }>;
      return { ...f, id: `f${i}`, number: i, caption: `Figure ${i}: Small chart ${i}`, size: 'half', width: 230, height, notes: [] };
    };
    it('never sets a figure above, or level with and left of, the one numbered before it', () => {
      // 1 on the left, 2, 3, 4 stacking on the right: whatever the height of 1, the next one set on
      // the left (beside the right column) must start clearly below the last one on the right
      for (let h = 60; h <= 300; h += 4) {
        const blocks: Block[] = [half(1, h), half(2, 40), half(3, 40), half(4, 40), half(5, 40), half(6, 40), { type: 'paragraph', text: 'After.' }];
        const layout = layoutDocument({ ...sampleModel('en'), blocks }, m);
        const caps = layout.pages.flatMap((p) => texts(p).filter((t) => t.tag?.at(-1)?.role === 'Caption').map((t) => ({ n: Number(lineText(t).match(/^Figure (\d+)/)?.[1]), page: p.number, x: t.x, y: t.y })));
        expect(caps.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6]);
        for (let i = 1; i < caps.length; i++) {
          const a = caps[i - 1]!;
          const b = caps[i]!;
          const after = b.page > a.page || (b.page === a.page && (Math.abs(b.y - a.y) < ROW_STEP ? b.x > a.x : b.y > a.y));
          expect(after, `height ${h}: Figure ${b.n} reads after Figure ${a.n}`).toBe(true);
        }
      }
    });
  });

  describe('the last small figure of a run, when a slot is left for it', () => {
    const half = (i: number, height: number): Block => {
      const f = sampleModel('en').blocks.find((b) => b.type === 'figure') as Extract<Block, { type: 'figure' }>;
      return { ...f, id: `f${i}`, number: i, caption: `Figure ${i}: Small chart ${i}`, size: 'half', width: 230, height, notes: [] };
    };
    const svgsOf = (blocks: Block[]) =>
      layoutDocument({ ...sampleModel('en'), blocks }, m).pages.flatMap((p) =>
        p.items.filter((it): it is Extract<LayoutItem, { type: 'svg' }> => it.type === 'svg').map((s) => ({ page: p.number, x: s.x, y: s.y, scale: s.h / (blocks[s.block] as { height: number }).height })),
      );

    it('goes into the shorter column, drawn down to 0.7, when that saves a page', () => {
      // 3 fits under 1 only at about 0.74 of its size; across the text it would take a page of its own
      const [a, b, c] = svgsOf([half(1, 300), half(2, 400), half(3, 430)]);
      expect(b!.page).toBe(2);
      expect(c!.page).toBe(2);
      // in the left column (centred in it, being smaller), under 1 and below the top of 2
      expect(c!.x).toBeGreaterThanOrEqual(a!.x);
      expect(c!.x).toBeLessThan(BODY.x + (BODY.width - 20) / 2);
      expect(c!.y).toBeGreaterThan(b!.y + ROW_STEP);
      expect(c!.scale).toBeLessThan(0.8);
      expect(c!.scale).toBeGreaterThanOrEqual(0.7);
    });

    it('is set across the text on the next page when it would have to be drawn smaller than that', () => {
      const [a, , c] = svgsOf([half(1, 300), half(2, 400), half(3, 520)]);
      expect(c!.page).toBe(3);
      expect(c!.x).toBeGreaterThan(a!.x);
      expect(c!.scale).toBeCloseTo(1, 6);
    });
  });

  describe('a glossary across a page break', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ term: `Term ${i + 1}`, definition: 'A definition long enough to take a line or two of the glossary, as the entries of the IOM Glossary on Migration do.' }));
    const glossary: Block = { type: 'glossary', entries, note: 'The definitions follow the IOM Glossary on Migration.', source: 'Source: Glossary on Migration, IOM (2019).' };
    // the spacer leaves room for all but the last `short` points of the glossary on the first page
    const lastPage = (short: number) => {
      const alone = layoutDocument({ ...sampleModel('en'), blocks: [{ type: 'paragraph', text: 'Lead.' }, glossary] }, m);
      const items = alone.pages[1]!.items.filter((it): it is TextItem => it.type === 'text' && it.tag !== undefined);
      const bottom = Math.max(...items.map((it) => it.y + it.h));
      const model: DocModel = { ...sampleModel('en'), blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.y + BODY.height - bottom + short }, glossary] };
      const layout = layoutDocument(model, m);
      return layout.pages.slice(1).map((p) => texts(p).filter((t) => t.tag).map(lineText));
    };

    for (const short of [5, 12, 30]) {
      it(`leaves two entries at least on the last page, never the source line alone (${short} pt over)`, () => {
        const pages = lastPage(short);
        expect(pages.length).toBeGreaterThan(1);
        const last = pages.at(-1)!;
        expect(last.filter((t) => /^Term \d+:/.test(t)).length).toBeGreaterThanOrEqual(2);
        expect(last.at(-1)).toMatch(/^Source: Glossary/);
      });
    }
  });

  describe('the colophon', () => {
    it('takes the disclaimer and the publisher block onto a page together, never the publisher block alone', () => {
      const model = sampleModel('en');
      const colophon = model.blocks.filter((b) => b.type === 'disclaimer' || b.type === 'publisher');
      expect(colophon).toHaveLength(2);
      const rest = model.blocks.filter((b) => b.type !== 'disclaimer' && b.type !== 'publisher');
      // fill the page so that the disclaimer would fit and the publisher block would not
      const probe = (free: number) => {
        const layout = layoutDocument({ ...model, blocks: [{ type: 'paragraph', text: 'Lead.' }, { type: 'spacer', height: BODY.height - 13 - free }, ...colophon] }, m);
        const pageOf = (start: string) => layout.pages.findIndex((p) => texts(p).some((t) => lineText(t).startsWith(start)));
        return { disclaimer: pageOf('The opinions'), rights: pageOf('All rights reserved.'), pages: layout.pages.length };
      };
      expect(rest.length).toBeGreaterThan(0);
      for (const free of [120, 160, 200, 240]) {
        const p = probe(free);
        expect(p.disclaimer, `${free} pt free`).toBe(p.rights);
      }
    });
  });

  describe('sections that keep space', () => {
    const filler = (h: number): Block => ({ type: 'spacer', height: h });
    const at = (room: number) => {
      const model: DocModel = {
        ...sampleModel('en'),
        blocks: [{ type: 'paragraph', text: 'Lead.' }, filler(BODY.height - 13 - room), { type: 'heading', level: 1, text: 'Section', keepSpace: 0.3 }, { type: 'paragraph', text: 'Body.' }],
      };
      const layout = layoutDocument(model, m);
      return layout.pages.findIndex((p) => texts(p).some((t) => lineText(t) === 'Section'));
    };
    it('opens on the same page when the share it asks for is free', () => expect(at(0.35 * BODY.height)).toBe(1));
    it('opens on a new page when less is free', () => expect(at(0.25 * BODY.height)).toBe(2));
  });

  describe('the table of contents', () => {
    const model = sampleModel('en');
    const layout = layoutDocument(model, m);
    it('lists every level-1 heading with the page it is on, and links each line to it', () => {
      const page = layout.pages[1] as LaidOutPage;
      const links = page.items.filter((it): it is Extract<LayoutItem, { type: 'link' }> => it.type === 'link');
      const headings = model.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level === 1);
      expect(links).toHaveLength(headings.length);
      for (const l of links) {
        const target = layout.pages.find((p) => p.items.some((it) => it.type === 'dest' && it.name === l.dest)) as LaidOutPage;
        const line = texts(page).filter((t) => t.y >= l.y - 0.01 && t.y + t.h <= l.y + l.h + 0.01).map(lineText);
        expect(line).toContain(String(target.number));
      }
    });
  });
});