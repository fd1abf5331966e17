/**
 * Gathers what one bulletin in one language is about to publish (check/publication.ts) from the
 * composed document, the figure plans, the drawn charts and the page layout: every sentence and
 * every figure, with the page it was laid out on.
 */
import type { ResultRow } from '../analyse/result.js';
import type { Publication, PublishedFigure, PublishedSentence } from '../check/publication.js';
import type { ComposeInput } from '../compose/input.js';
import type { FigurePlan } from '../compose/figure-plan.js';
import { countryDimOf } from '../compose/indicator-info.js';
import { selectRows } from '../analyse/select-rows.js';
import type { DocModel, FigureBlock, RichText, TableBlock } from '../render/model.js';
import type { PageLayout } from '../render/page-layout.js';

export function publicationOf(input: ComposeInput, doc: DocModel, plans: readonly FigurePlan[], layout: PageLayout, rowsOf: (id: string) => readonly ResultRow[]): Publication {
  const svgPage = new Map<number, number>();
  for (const p of layout.pages) for (const it of p.items) if (it.type === 'svg' && !svgPage.has(it.block)) svgPage.set(it.block, p.number);
  const lines = layout.pages.map((p) => ({
    number: p.number,
    text: p.items.flatMap((it) => (it.type === 'text' ? [it.spans.map((s) => s.text).join('')] : [])),
  }));
  let from = 0;
  const pageOfText = (text: string): number | null => {
    const head = text.split(/\s+/).slice(0, 4).join(' ');
    for (let i = from; i < lines.length; i++) {
      if (lines[i]!.text.some((l) => l.startsWith(head))) {
        from = i;
        return lines[i]!.number;
      }
    }
    return null;
  };
  const placed = placement(doc, layout);
  const sentences: PublishedSentence[] = [];
  const blockPage = new Map<number, number | null>();
  doc.blocks.forEach((b, i) => {
    if (b.type === 'paragraph') {
      const text = plain(b.text);
      const page = pageOfText(text);
      sentences.push({ text, page });
    } else if (b.type === 'bullets') {
      for (const item of b.items) sentences.push({ text: plain(item), page: pageOfText(plain(item)) });
    } else if (b.type === 'figure') {
      blockPage.set(i, svgPage.get(i) ?? null);
    } else if (b.type === 'table') {
      blockPage.set(i, b.caption ? pageOfText(b.caption) : null);
    }
  });
  const figures: PublishedFigure[] = plans.map((plan) => {
    const block = doc.blocks[plan.block] as FigureBlock | TableBlock;
    const ind = input.registry.get(plan.indicator)!;
    const sectionRows = selectRows(rowsOf(plan.indicator), { indicator: ind.id, countryDim: countryDimOf(ind), country: plan.country });
    const common = { id: plan.id, page: blockPage.get(plan.block) ?? null, spec: plan.spec, indicator: ind, rows: plan.data.rows, sectionRows, at: placed.at.get(plan.block), pieces: placed.pieces.get(plan.block) };
    if (block.type === 'table') return { ...common, kind: 'table', caption: block.caption ?? '', notes: block.notes ?? [], chart: null, table: block.rows };
    return { ...common, kind: plan.data.map ? 'map' : 'chart', caption: block.caption, notes: block.notes, base: block.base, chart: plan.data.chart, svg: block.svg };
  });
  return { bulletin: input.template.number, lang: input.lang, asOf: input.period.to, sentences, figures };
}

function plain(t: RichText): string {
  return typeof t === 'string' ? t : t.map((r) => r.text).join('');
}

/**
 * Where each figure and table block starts (the top left of its caption: the caption lines carry
 * the Caption tag, the drawing of a figure the Figure tag of the id before), and a table's body rows
 * on each page. Tables are matched to their blocks in order: each is tagged once, with structure ids
 * that grow through the document.
 */
function placement(doc: DocModel, layout: PageLayout): { at: Map<number, { page: number; x: number; y: number }>; pieces: Map<number, number[]> } {
  const at = new Map<number, { page: number; x: number; y: number }>();
  const pieces = new Map<number, number[]>();
  const captions = new Map<number, { page: number; x: number; y: number }>();
  const tables = new Map<number, { caption?: { page: number; x: number; y: number }; rows: Map<number, Set<number>> }>();
  for (const p of layout.pages) {
    for (const it of p.items) {
      if (it.type !== 'text' || !it.tag) continue;
      const [first, second, third] = it.tag;
      if (!first) continue;
      if (first.role === 'Caption') {
        const c = captions.get(first.id);
        if (!c || (c.page === p.number && it.y < c.y)) captions.set(first.id, { page: p.number, x: it.x, y: it.y });
      } else if (first.role === 'Table' && second) {
        const t = tables.get(first.id) ?? { rows: new Map<number, Set<number>>() };
        tables.set(first.id, t);
        if (second.role === 'Caption' && (!t.caption || (t.caption.page === p.number && it.y < t.caption.y))) t.caption = { page: p.number, x: it.x, y: it.y };
        const body = third && (third.role === 'TD' || (third.role === 'TH' && third.scope === 'Row'));
        if (second.role === 'TR' && body) {
          const set = t.rows.get(p.number) ?? new Set<number>();
          set.add(second.id);
          t.rows.set(p.number, set);
        }
      }
    }
  }
  // A figure's caption is tagged right after its Figure element (render/blocks/figure.ts: the Figure id, then the Caption id).
  for (const p of layout.pages) {
    for (const it of p.items) {
      if (it.type !== 'svg' || at.has(it.block)) continue;
      const fig = it.tag?.[0];
      const c = fig ? captions.get(fig.id + 1) : undefined;
      at.set(it.block, c ?? { page: p.number, x: it.x, y: it.y });
    }
  }
  const tableBlocks = doc.blocks.flatMap((b, i) => (b.type === 'table' ? [i] : []));
  const ids = [...tables.keys()].filter((id) => tables.get(id)?.caption !== undefined).sort((a, b) => a - b);
  if (ids.length === tableBlocks.length) {
    ids.forEach((id, k) => {
      const t = tables.get(id)!;
      const block = tableBlocks[k]!;
      at.set(block, t.caption!);
      pieces.set(block, [...t.rows.keys()].sort((a, b) => a - b).map((page) => t.rows.get(page)!.size));
    });
  }
  return { at, pieces };
}
