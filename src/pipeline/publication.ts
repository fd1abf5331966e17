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
    const common = { id: plan.id, page: blockPage.get(plan.block) ?? null, spec: plan.spec, indicator: ind, rows: plan.data.rows, sectionRows };
    if (block.type === 'table') return { ...common, kind: 'table', caption: block.caption ?? '', notes: block.notes ?? [], chart: null, table: block.rows };
    return { ...common, kind: plan.data.map ? 'map' : 'chart', caption: block.caption, notes: block.notes, base: block.base, chart: plan.data.chart, svg: block.svg };
  });
  return { bulletin: input.template.number, lang: input.lang, asOf: input.period.to, sentences, figures };
}

function plain(t: RichText): string {
  return typeof t === 'string' ? t : t.map((r) => r.text).join('');
}
