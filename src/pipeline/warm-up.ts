/**
 * A render thread's warm-up, while the main thread still reads and validates the data: load vega,
 * vega-lite, resvg, pdfkit and the fonts, then draw one small chart and one map and lay out and
 * render a one-page PDF with them, so that the code of every stage is compiled and the fonts'
 * tables are decoded before the first real job arrives.
 *
 * The result is thrown away. Nothing a job produces depends on it: a render thread already draws
 * jobs in whatever order they reach it (outputs are byte-identical whichever thread drew what, and
 * in-process), SVG ids are reset before each chart, text widths do not depend on what was measured
 * before and every PDF starts from an empty glyph cache (render/pdf-faces.ts).
 */
import type { ChartInput } from '../charts/types.js';
import type { FigureBlock, DocModel } from '../render/model.js';
import type { FontSet } from '../render/fonts.js';
import type { TextMeasurer } from '../render/measure.js';
import { drawChart, drawMap } from './draw-chart.js';

const CHART: ChartInput = {
  id: 'warm-up',
  type: 'hbar',
  lang: 'ru',
  valueKind: 'share',
  rows: [
    { category: 'Продукты питания', value: 0.62, n: 120 },
    { category: 'Medical assistance', value: 0.25, n: 120 },
    { category: 'Другое', value: null, n: 3, suppressed: 'primary' },
  ],
  threshold: 5,
};

function figure(id: string, drawn: Pick<FigureBlock, 'svg' | 'drawing' | 'width' | 'height'>): FigureBlock {
  return { type: 'figure', id, number: 1, caption: 'Рисунок 1: warm-up', svg: drawn.svg, drawing: drawn.drawing, width: drawn.width, height: drawn.height, source: 'Source: DTM', notes: [] };
}

function model(blocks: DocModel['blocks']): DocModel {
  return {
    lang: 'ru',
    title: 'Warm-up',
    subject: 'Прогрев',
    author: 'IOM',
    creationDate: '2021-01-01',
    cover: {
      series: 'Серия',
      bulletinNumber: 1,
      bulletinLabel: 'Бюллетень 1',
      bulletinTitle: 'Профиль',
      period: 'октябрь 2020 г.',
      countries: ['Кыргызстан'],
      languageLabel: 'Русский',
      dateLine: 'Данные на 1 января 2021 г.',
      labels: { period: 'Период', countries: 'Страны', language: 'Язык' },
      organisation: 'МОМ',
    },
    header: 'Бюллетень 1',
    footer: { left: 'МОМ', pageLabel: 'Страница {n} из {total}' },
    blocks,
  };
}

export async function warmUp(fonts: { fonts: FontSet; measurer: TextMeasurer }): Promise<void> {
  const chart = await drawChart(CHART);
  const map = await drawMap({ country: 'KGZ', counts: [{ code: 'KG-C', count: 40 }], measure: { en: 'Records', ru: 'Записи' } }, 'ru');
  const doc = model([
    { type: 'heading', level: 1, text: 'Кыргызстан' },
    { type: 'paragraph', text: [{ text: 'Всего ' }, { text: '295 мигрантов', bold: true }, { text: ' (Bishkek, Osh)', italic: true }] },
    figure('warm-up-chart', chart),
    figure('warm-up-map', map),
    { type: 'table', columns: [{ header: 'Страна', align: 'left' }, { header: '%', align: 'right' }], rows: [['Кыргызстан', '62 %']] },
  ]);
  const { layoutDocument } = await import('../render/layout.js');
  const { renderPdf } = await import('../render/pdf.js');
  await renderPdf(layoutDocument(doc, fonts.measurer), doc, fonts.fonts);
}
