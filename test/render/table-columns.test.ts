import { describe, expect, it } from 'vitest';
import { loadNotoSans } from '../../src/render/fonts.js';
import { fontkitMeasurer } from '../../src/render/measure.js';
import type { TableBlock } from '../../src/render/model.js';
import { CELL_PAD, columnWidths, fitsGridColumn } from '../../src/render/table-columns.js';
import { GRID, TEXT } from '../../src/render/theme.js';

const m = fontkitMeasurer(loadNotoSans());
const measure = (text: string, font: Parameters<typeof m.width>[1]) => m.width(text, font, TEXT.tableCell.size);

const partners = (rows: string[][]): TableBlock => ({
  type: 'table',
  columns: [
    { header: 'Partner', align: 'left', width: 2 },
    { header: 'Provinces', align: 'left', width: 3 },
    { header: 'People assisted', align: 'right', width: 1 },
  ],
  rows,
  rowHeaders: true,
});

describe('columnWidths', () => {
  it('shares the width by the weights when every word fits', () => {
    const w = columnWidths(partners([['A', 'B', '1']]), 600, measure);
    expect(w.map((x) => Math.round(x))).toEqual([200, 300, 100]);
  });
  it('widens a column to its longest word, taking the room from the others, and keeps the total', () => {
    const t = partners([['NGO partner Naryn', 'Naryn Region', '27']]);
    const w = columnWidths(t, GRID.column, measure);
    expect(w[2]).toBeGreaterThanOrEqual(measure('assisted', 'bold') + 2 * CELL_PAD - 1e-6);
    expect(w.reduce((a, c) => a + c, 0)).toBeCloseTo(GRID.column, 6);
  });
  it('sets the cells on one line when the width holds them, whatever the weights', () => {
    const t = partners([['NGO partner Petropavlovsk', 'Almaty', '16']]);
    const w = columnWidths(t, 400, measure);
    expect(w[0]).toBeGreaterThanOrEqual(measure('NGO partner Petropavlovsk', 'semibold') + 2 * CELL_PAD - 1e-6);
    expect(w.reduce((a, c) => a + c, 0)).toBeCloseTo(400, 6);
  });
  it('shares a crowded width by what the cells need when that takes fewer lines than the weights', () => {
    const name = 'НКО-партнер (Горно-Бадахшанская автономная обл.)';
    const t = partners([[name, 'Хатлонская область', '16'], [name, 'Согдийская область', '25']]);
    const w = columnWidths(t, 250, measure);
    // by the weights (2/3/1) the name gets a third of the width and wraps on three lines
    expect(w[0]).toBeGreaterThan(250 / 3 + 10);
    expect(w.reduce((a, c) => a + c, 0)).toBeCloseTo(250, 6);
  });
});

describe('fitsGridColumn', () => {
  it('takes a short partners table into one column of the grid', () => {
    expect(fitsGridColumn(partners([['NGO partner Naryn', 'Naryn Region', '27'], ['NGO partner Osh', 'Osh Region', '35']]), measure)).toBe(true);
  });
  it('leaves a table with a long cell, many rows or many columns at full width', () => {
    const long = 'Public association for the support of labour migrants and their families in the southern provinces';
    expect(fitsGridColumn(partners([[long, 'Osh Region', '35']]), measure)).toBe(false);
    expect(fitsGridColumn(partners(Array.from({ length: 30 }, (_, i) => [`P${i}`, 'Osh', '1'])), measure)).toBe(false);
    const wide: TableBlock = { ...partners([['a', 'b', 'c', 'd']]), columns: [1, 2, 3, 4].map((i) => ({ header: `C${i}`, align: 'left' as const })) };
    expect(fitsGridColumn(wide, measure)).toBe(false);
  });
  it('leaves a table whose cells would wrap in a column at full width (b6 EN Table 3: a table wider than a column spans the page)', () => {
    expect(fitsGridColumn(partners([['NGO partner Petropavlovsk', 'North Kazakhstan Region', '16'], ['NGO partner Osh', 'Osh Region', '35']]), measure)).toBe(false);
  });
});
